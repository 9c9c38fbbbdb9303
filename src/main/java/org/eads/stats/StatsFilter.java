package org.eads.stats;

import java.util.List;

/**
 * What a dashboard or API client asks of the accepted statistics. Every field may be left null for its default:
 * the first crime area, cases recorded, the total (no part), every member the reader may see individually, the
 * five years up to the latest year with accepted data, by year, as counts.
 *
 * @param crimeArea  a crime area code, such as {@code DRUG_TRAFFICKING}
 * @param indicator  an indicator code, such as {@code CASES}
 * @param part       empty for the total, or one part of a disaggregation such as {@code SEX=F}
 * @param members    member codes (ISO alpha-3) to show individually; members the reader may not see are left out
 * @param fromYear   first year
 * @param toYear     last year
 * @param step       years, quarters or months
 * @param measure    counts or rates per 100,000 inhabitants
 */
public record StatsFilter(String crimeArea, String indicator, String part, List<String> members, Integer fromYear,
                          Integer toYear, Step step, Measure measure) {

    /** How finely a series is cut. Quarters and years are sums of what members reported per month or quarter. */
    public enum Step {
        YEAR(12), QUARTER(3), MONTH(1);

        private final int months;

        Step(int months) {
            this.months = months;
        }

        /** How many months a period of this step spans. */
        public int months() {
            return months;
        }
    }

    /** Counts as reported, or per 100,000 inhabitants of the period's year. */
    public enum Measure {
        COUNT, RATE
    }

    public StatsFilter {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** Every default. */
    public static StatsFilter defaults() {
        return new StatsFilter(null, null, null, null, null, null, null, null);
    }
}
