package org.eads.stats.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eads.stats.Classification;
import org.eads.stats.Period;
import org.eads.stats.Periodicity;

/**
 * A member's accepted values, loaded once for a whole validation (one query, however many values are checked), as
 * the rule functions read them: the value of a period a year earlier, and the mean and standard deviation of the
 * values of the same kind of period in the {@value #YEARS} years before. Values that were not available are not in
 * it. Each series keeps running sums, so a mean costs two binary searches.
 */
public final class AcceptedHistory {

    /** How far back HISTORY_MEAN and HISTORY_SD look. */
    public static final int YEARS = 5;
    /** The fewest earlier values HISTORY_MEAN and HISTORY_SD need; with fewer, the rule is not evaluated. */
    public static final int MIN_VALUES = 3;

    public static final AcceptedHistory EMPTY = new Builder().build();

    private record Key(String crimeArea, String indicator, String disaggregation, Periodicity periodicity) {
    }

    /** One value series, ordered by period, with running sums of the values and of their squares. */
    private record Series(int[] ordinals, double[] values, double[] sums, double[] squares) {

        int lowerBound(int ordinal) {
            int i = Arrays.binarySearch(ordinals, ordinal);
            if (i < 0) {
                return -i - 1;
            }
            while (i > 0 && ordinals[i - 1] == ordinal) {
                i--;
            }
            return i;
        }
    }

    private final Map<Key, Series> series;

    private AcceptedHistory(Map<Key, Series> series) {
        this.series = series;
    }

    /** The accepted value of a cell in a period, or null when there is none. */
    public Double at(Classification.Cell cell, Period period) {
        Series s = series.get(key(cell, period.periodicity()));
        if (s == null) {
            return null;
        }
        int i = Arrays.binarySearch(s.ordinals, period.ordinal());
        return i >= 0 ? s.values[i] : null;
    }

    /** The mean of the cell's values over the window before the period, or null with too few values. */
    public Double mean(Classification.Cell cell, Period period) {
        double[] m = moments(cell, period);
        return m == null ? null : m[0];
    }

    /** The sample standard deviation of the cell's values over the window before the period, or null. */
    public Double standardDeviation(Classification.Cell cell, Period period) {
        double[] m = moments(cell, period);
        return m == null ? null : m[1];
    }

    private double[] moments(Classification.Cell cell, Period period) {
        Series s = series.get(key(cell, period.periodicity()));
        if (s == null) {
            return null;
        }
        int perYear = switch (period.periodicity()) {
            case YEAR -> 1;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        int from = s.lowerBound(period.ordinal() - YEARS * perYear);
        int to = s.lowerBound(period.ordinal());
        int n = to - from;
        if (n < MIN_VALUES) {
            return null;
        }
        double sum = s.sums[to] - s.sums[from];
        double mean = sum / n;
        double variance = Math.max(0, (s.squares[to] - s.squares[from] - n * mean * mean) / (n - 1));
        return new double[] {mean, Math.sqrt(variance)};
    }

    private static Key key(Classification.Cell cell, Periodicity periodicity) {
        return new Key(cell.crimeArea(), cell.indicator(), cell.disaggregation(), periodicity);
    }

    /** Collects accepted values in any order. */
    public static final class Builder {
        private final Map<Key, List<double[]>> rows = new HashMap<>();

        public Builder add(String crimeArea, String indicator, String disaggregation, Period period, double value) {
            rows.computeIfAbsent(new Key(crimeArea, indicator, disaggregation, period.periodicity()),
                    k -> new ArrayList<>()).add(new double[] {period.ordinal(), value});
            return this;
        }

        public AcceptedHistory build() {
            Map<Key, Series> out = new HashMap<>(rows.size() * 2);
            rows.forEach((key, list) -> {
                list.sort((a, b) -> Double.compare(a[0], b[0]));
                int n = list.size();
                int[] ordinals = new int[n];
                double[] values = new double[n];
                double[] sums = new double[n + 1];
                double[] squares = new double[n + 1];
                for (int i = 0; i < n; i++) {
                    ordinals[i] = (int) list.get(i)[0];
                    values[i] = list.get(i)[1];
                    sums[i + 1] = sums[i] + values[i];
                    squares[i + 1] = squares[i] + values[i] * values[i];
                }
                out.put(key, new Series(ordinals, values, sums, squares));
            });
            return new AcceptedHistory(out);
        }
    }
}
