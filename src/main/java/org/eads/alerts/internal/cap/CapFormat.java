package org.eads.alerts.internal.cap;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** The small rules of CAP 1.2 text: its namespace, its date form, its sender form, its lists. */
final class CapFormat {

    static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
    /** The domain part of every e-ADS CAP sender: {@code MYS@eads.aseanapol}. */
    static final String SENDER_DOMAIN = "eads.aseanapol";

    /** CAP dates: an explicit offset, never "Z", and no fractional seconds. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private CapFormat() {
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }

    static String sender(String memberCode) {
        return memberCode + "@" + SENDER_DOMAIN;
    }

    /** A space-separated CAP list: an entry that holds white space goes in double quotes. */
    static String list(Collection<String> entries) {
        return entries.stream().map(e -> e.chars().anyMatch(Character::isWhitespace) ? "\"" + e + "\"" : e)
                .collect(Collectors.joining(" "));
    }

    /** One entry of {@code references}: {@code sender,identifier,sent}. */
    static String reference(String sender, String identifier, Instant sent) {
        return sender + "," + identifier + "," + date(sent);
    }
}
