package org.eads.web.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times as pages show them: {@code ${@times.utc(instant)}} gives "2026-11-23 17:10 UTC". Always UTC and always
 * labelled so, because the people reading one page sit in several time zones; never the server's zone.
 */
@Component("times")
public class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The instant to the minute, or an empty string for none. */
    public String utc(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
