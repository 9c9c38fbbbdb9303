package org.eads.screening.internal.mrz;

import java.time.LocalDate;

/**
 * A YYMMDD date of the zone with its century decided.
 *
 * @param raw the six characters as read
 * @param date the date, or null when a part is unknown ('<<' or '00', allowed for birth dates) or impossible
 * @param year the four-digit year whenever the year digits can be read, so a search can still use a date of birth
 *     with an unknown day or month
 */
public record MrzDate(String raw, LocalDate date, Integer year) {
}
