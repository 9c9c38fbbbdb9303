package org.eads.records.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eads.member.Members;
import org.eads.sharing.HandlingCode;
import org.eads.sharing.SharingLevel;
import org.springframework.stereotype.Component;

/**
 * The words the record pages use for codes: sharing levels, handling codes, enum values, members, times. Templates
 * call it as {@code @recordText}, so every page says the same thing the same way.
 */
@Component("recordText")
public class RecordText {

    /** Review dates this close are due: the owner must look at the record again. */
    static final int REVIEW_DUE_DAYS = 30;

    /** Words that stay in capitals when a code is spelled out: "ID card", not "Id card". */
    private static final Set<String> ACRONYMS = Set.of("id", "url", "vin");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Members members;

    RecordText(Members members) {
        this.members = members;
    }

    static String levelName(SharingLevel level) {
        return switch (level) {
            case NATIONAL -> "National only";
            case HIT_NO_HIT -> "Hit / no hit";
            case SELECTED -> "Selected members";
            case MEMBERS -> "All members";
            case MEMBERS_AND_PARTNERS -> "Members and partners";
        };
    }

    static String levelHelp(SharingLevel level) {
        return switch (level) {
            case NATIONAL -> "Only your own member sees the record.";
            case HIT_NO_HIT -> "Others learn only that you hold a possible match, and may ask you for it.";
            case SELECTED -> "Only the members you tick below, and your own.";
            case MEMBERS -> "All ten ASEANAPOL member countries and the Secretariat.";
            case MEMBERS_AND_PARTNERS -> "Members, the Secretariat and dialogue partners (not observers).";
        };
    }

    /** {@code PERSON_OF_INTEREST} as "Person of interest". */
    static String humanize(String code) {
        String s = Arrays.stream(code.split("_")).map(String::toLowerCase)
                .map(w -> ACRONYMS.contains(w) ? w.toUpperCase() : w).collect(Collectors.joining(" "));
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public String level(SharingLevel level) {
        return levelName(level);
    }

    public String help(SharingLevel level) {
        return levelHelp(level);
    }

    public String meaning(HandlingCode code) {
        return code.meaning();
    }

    /** "Malaysia (MYS)", or the code alone for a member no longer known. */
    public String member(String code) {
        return members.find(code).map(m -> m.name() + " (" + code + ")").orElse(code);
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public boolean reviewDue(LocalDate reviewDate) {
        return reviewDate != null && !reviewDate.isAfter(LocalDate.now().plusDays(REVIEW_DUE_DAYS));
    }
}
