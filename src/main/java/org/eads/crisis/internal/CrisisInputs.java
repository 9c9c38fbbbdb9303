package org.eads.crisis.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eads.crisis.AssistanceRequest;
import org.eads.crisis.CasualtyUpdate;
import org.eads.crisis.Casualties;
import org.eads.crisis.CrisisType;
import org.eads.crisis.Distribution;
import org.eads.crisis.NewAssistanceRequest;
import org.eads.crisis.NewCrisis;
import org.eads.crisis.NewOffer;
import org.eads.crisis.OfferResponse;
import org.eads.crisis.ResourceType;
import org.eads.records.Problems;
import org.springframework.stereotype.Component;

/**
 * Checks what a form or an API client gave, field by field, and reports everything that is wrong at once in words
 * that say what to fix. The pages and the API share it through the services.
 */
@Component
public class CrisisInputs {

    public static final int MAX_TITLE = 300;
    public static final int MAX_PLACE = 500;
    public static final int MAX_NOTES = 4000;
    public static final int MAX_QUANTITY = 10_000;
    /** Clocks of the declaring systems may run a little ahead. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Clock clock;

    CrisisInputs(Clock clock) {
        this.clock = clock;
    }

    public ValidCrisis crisis(NewCrisis in) {
        Problems p = new Problems();
        CrisisType type = choice(p, in.type(), "type", CrisisType.class);
        text(p, in.title(), "title", MAX_TITLE, true);
        text(p, in.place(), "place", MAX_PLACE, true);
        if ((in.latitude() == null) != (in.longitude() == null)) {
            p.add(in.latitude() == null ? "latitude" : "longitude",
                    "is required with the other coordinate: give both latitude and longitude, or neither");
        }
        range(p, in.latitude(), "latitude", 90);
        range(p, in.longitude(), "longitude", 180);
        Instant occurred = time(p, in.occurredAt(), "occurredAt", true);
        if (occurred != null && occurred.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            p.add("occurredAt", "is in the future: give the time the incident happened");
        }
        Casualties casualties = new Casualties(count(p, in.dead(), "dead", false), count(p, in.injured(), "injured",
                false), count(p, in.missing(), "missing", false));
        Distribution distribution = in.distribution() == null || in.distribution().isBlank() ? Distribution.MEMBERS
                : choice(p, in.distribution(), "distribution", Distribution.class);
        p.throwIfAny();
        return new ValidCrisis(type, in.title().strip(), in.place().strip(), in.latitude(), in.longitude(), occurred,
                casualties, distribution, Boolean.TRUE.equals(in.exercise()));
    }

    public Casualties casualties(CasualtyUpdate in) {
        Problems p = new Problems();
        Casualties c = new Casualties(count(p, in.dead(), "dead", true), count(p, in.injured(), "injured", true),
                count(p, in.missing(), "missing", true));
        p.throwIfAny();
        return c;
    }

    public ValidRequest request(NewAssistanceRequest in) {
        Problems p = new Problems();
        ResourceType type = choice(p, in.resourceType(), "resourceType", ResourceType.class);
        if (in.quantity() == null) {
            p.add("quantity", "is required: how many people or items you need");
        } else if (in.quantity() < 1 || in.quantity() > MAX_QUANTITY) {
            p.add("quantity", "must be between 1 and " + MAX_QUANTITY);
        }
        Instant neededBy = time(p, in.neededBy(), "neededBy", true);
        text(p, in.place(), "place", MAX_PLACE, false);
        text(p, in.notes(), "notes", MAX_NOTES, false);
        p.throwIfAny();
        return new ValidRequest(type, in.quantity(), neededBy, blankToNull(in.place()), blankToNull(in.notes()));
    }

    public ValidOffer offer(NewOffer in, AssistanceRequest request) {
        Problems p = new Problems();
        OfferResponse response = choice(p, in.response(), "response", OfferResponse.class);
        int wanted = request.quantity();
        int quantity = 0;
        if (response == OfferResponse.ACCEPT) {
            if (in.quantity() != null && in.quantity() != wanted) {
                p.add("quantity", "ACCEPT offers all " + wanted + " requested: leave the quantity out, or answer "
                        + "PARTIAL to offer fewer");
            }
            quantity = wanted;
        } else if (response == OfferResponse.PARTIAL) {
            if (wanted == 1) {
                p.add("response", "a request for 1 cannot be met in part: answer ACCEPT or DECLINE");
            } else if (in.quantity() == null) {
                p.add("quantity", "is required with PARTIAL: how many of the " + wanted + " requested you offer");
            } else if (in.quantity() < 1 || in.quantity() >= wanted) {
                p.add("quantity", "must be between 1 and " + (wanted - 1) + " with PARTIAL (" + wanted
                        + " were requested); answer ACCEPT to offer all of them");
            } else {
                quantity = in.quantity();
            }
        } else if (response == OfferResponse.DECLINE && (in.reason() == null || in.reason().isBlank())) {
            p.add("reason", "is required when you decline: say why, so that the requesting member can look elsewhere");
        }
        text(p, in.reason(), "reason", MAX_NOTES, false);
        text(p, in.notes(), "notes", MAX_NOTES, false);
        p.throwIfAny();
        return new ValidOffer(response, quantity, blankToNull(in.reason()), blankToNull(in.notes()));
    }

    /** A required value of the enumeration, named in any case; null after reporting a problem. */
    public static <E extends Enum<E>> E choice(Problems p, String value, String field, Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            p.add(field, "is required: one of " + allowed);
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            p.add(field, "'" + value + "' is not one of " + allowed);
            return null;
        }
    }

    public static void text(Problems p, String value, String field, int max, boolean required) {
        if (required) {
            p.require(value, field);
        }
        p.maxLength(value, field, max);
    }

    /** ISO 8601 with an offset, or without one and then read as UTC (as the forms give it). */
    static Instant time(Problems p, String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                p.add(field, "is required: a date and time such as 2026-11-23T08:15:00Z");
            }
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                p.add(field, "'" + value + "' is not a date and time: write it as 2026-11-23T08:15:00Z "
                        + "(UTC unless an offset such as +07:00 is given)");
                return null;
            }
        }
    }

    private static int count(Problems p, Integer value, String field, boolean required) {
        if (value == null) {
            if (required) {
                p.add(field, "is required: give 0 when there are none");
            }
            return 0;
        }
        if (value < 0) {
            p.add(field, "must be 0 or more");
            return 0;
        }
        return value;
    }

    private static void range(Problems p, Double value, String field, int limit) {
        if (value != null && (value.isNaN() || value < -limit || value > limit)) {
            p.add(field, "must be between -" + limit + " and " + limit + " degrees");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
