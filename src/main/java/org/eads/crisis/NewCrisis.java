package org.eads.crisis;

/**
 * A crisis as a member declares it, as the form or the API gave it: {@link Crises#declare} checks every field and
 * reports all that is wrong at once.
 *
 * @param type         a {@link CrisisType} name
 * @param occurredAt   ISO 8601, such as {@code 2026-11-23T08:15:00Z}; without an offset it is read as UTC
 * @param distribution a {@link Distribution} name; MEMBERS when not given
 * @param exercise     true for an exercise; not given means a real crisis
 */
public record NewCrisis(String type, String title, String place, Double latitude, Double longitude,
                        String occurredAt, Integer dead, Integer injured, Integer missing, String distribution,
                        Boolean exercise) {
}
