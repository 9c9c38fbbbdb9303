package org.eads.scam;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A scam campaign as the viewer may see it: the figures count only the reports the viewer may see.
 *
 * @param name   null until an analyst names it
 * @param locked its membership was set by an analyst (merge or split); automatic steps only add new reports to it
 */
public record Campaign(long id, String name, String notes, boolean locked, Instant createdAt, Instant updatedAt,
                       int reports, BigDecimal lossUsd, LocalDate firstReport, LocalDate lastReport) {

    /** The analyst's name, or "Campaign" and its number. */
    public String title() {
        return name == null || name.isBlank() ? "Campaign " + id : name;
    }
}
