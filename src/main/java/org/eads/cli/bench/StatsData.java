package org.eads.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Accepted crime statistics at the benchmark's volume: ten years (2015-2024) of monthly submissions of the ten
 * members (quarterly ones for persons prosecuted and convicted), all ACCEPTED, their values (both written with COPY)
 * and the facts in force (copied from the values inside PostgreSQL). Twenty crime areas (the ten of the classification and ten more) and ten indicators,
 * each with its disaggregations and, to reach the five million values, a breakdown by province
 * ({@code PROVINCE}, a benchmark-only disaggregation added to every indicator).
 * <p>
 * Counts are Poisson draws around a rate per 100,000 inhabitants that differs by crime area and member, with a
 * trend per crime area (fraud and cybercrime rising fast after 2021, trafficking in persons and drugs rising) and
 * a seasonal swing, scaled by each member's population of the year; every disaggregation's parts are a multinomial
 * split of the total, so that they add up as validation wants. The same seed writes the same data.
 */
public final class StatsData {

    static final int FIRST_YEAR = 2015;
    static final int YEARS = 10;
    private static final String[] MEMBERS = {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"};
    /** The crime areas added to the classification's ten, with their yearly rate per 100,000 and yearly trend. */
    private static final String[][] MORE_AREAS = {
            {"KIDNAPPING", "Kidnapping for ransom"}, {"EXTORTION", "Extortion"}, {"CORRUPTION", "Corruption"},
            {"SEXUAL_EXPLOITATION", "Sexual exploitation of children"}, {"ARMED_ROBBERY", "Organised armed robbery"},
            {"VEHICLE_THEFT", "Cross-border vehicle theft"}, {"ILLEGAL_GAMBLING", "Illegal online gambling"},
            {"COUNTERFEITING", "Counterfeit goods and currency"}, {"ENVIRONMENTAL_CRIME", "Illegal logging and mining"},
            {"IDENTITY_FRAUD", "Identity and document fraud"}};
    /** The ten indicators; drugs seized in units is left out. */
    private static final String[] INDICATORS = {"CASES", "SUSPECTS", "PROSECUTED", "CONVICTED", "VICTIMS",
            "SEIZED_DRUGS_KG", "SEIZED_FIREARMS", "SEIZED_WILDLIFE", "AMOUNT_LOST", "AMOUNT_RECOVERED"};

    /** What was written. */
    public record Written(int crimeAreas, int submissions, long values, double seconds) {
    }

    private final int provinces;
    private final SplittableRandom random;
    private final StringBuilder buffer = new StringBuilder(1 << 20);

    /**
     * @param provinces parts of the benchmark's province breakdown: 18 gives about five million values
     */
    public StatsData(int provinces, long seed) {
        this.provinces = provinces;
        this.random = new SplittableRandom(seed);
    }

    /** The province parts that give about {@code values} values in all (at least one). */
    public static int provincesFor(long values) {
        // per member and crime area: 120 months x (47 + 8 P) values and 40 quarters x (8 + 2 P)
        long perProvince = 10L * 20 * (120 * 8 + 40 * 2);
        long fixed = 10L * 20 * (120 * 47 + 40 * 8);
        return (int) Math.max(1, Math.round((double) (values - fixed) / perProvince));
    }

    public Written write(DataSource dataSource, PrintStream out) throws SQLException, IOException {
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            withoutForeignKeyChecks(c);
            List<String> areas = classification(c);
            Map<String, Map<Integer, Long>> population = population(c);
            Map<String, List<String>> parts = parts(c);
            Map<String, UUID> submissions = submissions(c, out);
            CopyIn values = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy stats_value (submission, crime_area, indicator, disaggregation, value) from stdin");
            long written = 0;
            try {
                for (String member : MEMBERS) {
                    for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
                        long people = population.getOrDefault(member, Map.of()).getOrDefault(Math.min(y, 2024), 1_000_000L);
                        for (int m = 1; m <= 12; m++) {
                            String period = y + "-" + (m < 10 ? "0" : "") + m;
                            written += period(values, submissions.get(member + period), period, y, m, (m + 2) / 3,
                                    member, areas, parts, people, false);
                        }
                        for (int q = 1; q <= 4; q++) {
                            String period = y + "-Q" + q;
                            written += period(values, submissions.get(member + period), period, y, null, q,
                                    member, areas, parts, people, true);
                        }
                    }
                    flush(values);
                    out.printf("  %s: %,d values so far%n", member, written);
                }
                flush(values);
                values.endCopy();
            } finally {
                if (values.isActive()) {
                    values.cancelCopy();
                }
            }
            facts(c);
            c.commit();
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                // statistics for the planner, and the visibility map that lets the dashboards read the index alone
                s.execute("vacuum (analyze) stats_submission, stats_value, stats_fact");
            }
            return new Written(areas.size(), submissions.size(), written, (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * The generated rows refer only to submissions, crime areas and indicators written or checked here, so the
     * foreign-key triggers (three lookups per value) are switched off for this load's transaction when the database lets this
     * connection do so (a superuser, as the benchmark's embedded PostgreSQL has); elsewhere they stay on.
     */
    private static void withoutForeignKeyChecks(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("savepoint replication_role");
            s.execute("set local session_replication_role = replica");
        } catch (SQLException e) {
            try (var s = c.createStatement()) {
                s.execute("rollback to savepoint replication_role");
            }
        }
    }

    /** Twenty crime areas collecting the ten indicators, and the province breakdown on every indicator. */
    private List<String> classification(Connection c) throws SQLException {
        try (var s = c.prepareStatement("insert into stats_crime_area (code, name, position) values (?, ?, ?) "
                + "on conflict (code) do nothing")) {
            for (int i = 0; i < MORE_AREAS.length; i++) {
                s.setString(1, MORE_AREAS[i][0]);
                s.setString(2, MORE_AREAS[i][1]);
                s.setInt(3, 11 + i);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (var s = c.prepareStatement("insert into stats_dimension_value (dimension, code, name, position) "
                + "values ('PROVINCE', ?, ?, ?) on conflict do nothing")) {
            for (int p = 1; p <= provinces; p++) {
                s.setString(1, String.format("P%02d", p));
                s.setString(2, "Province " + p);
                s.setInt(3, p);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (var s = c.createStatement()) {
            s.execute("update stats_indicator set dimensions = array_append(dimensions, 'PROVINCE') "
                    + "where not 'PROVINCE' = any(dimensions)");
            s.execute("insert into stats_crime_area_mapping (version, crime_area, iccs_codes, context_tags, indicators) "
                    + "select 1, code, '{}', '{}', '{" + String.join(",", INDICATORS) + "}' from stats_crime_area "
                    + "where position <= 20 on conflict (version, crime_area) do update set indicators = excluded.indicators");
        }
        List<String> areas = new ArrayList<>();
        try (var s = c.createStatement(); var rs = s.executeQuery(
                "select code from stats_crime_area order by position, code limit 20")) {
            while (rs.next()) {
                areas.add(rs.getString(1));
            }
        }
        return areas;
    }

    private static Map<String, Map<Integer, Long>> population(Connection c) throws SQLException {
        Map<String, Map<Integer, Long>> out = new HashMap<>();
        try (var s = c.createStatement(); var rs = s.executeQuery("select country, year, population from stats_population")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3));
            }
        }
        return out;
    }

    /** Per indicator, its disaggregations' parts grouped by disaggregation ("SEX=F|SEX=M|SEX=U"). */
    private static Map<String, List<String>> parts(Connection c) throws SQLException {
        Map<String, List<String>> byDimension = new LinkedHashMap<>();
        try (var s = c.createStatement(); var rs = s.executeQuery(
                "select dimension, code from stats_dimension_value order by dimension, position, code")) {
            while (rs.next()) {
                byDimension.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(1) + "="
                        + rs.getString(2));
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        try (var s = c.createStatement(); var rs = s.executeQuery("select code, dimensions from stats_indicator")) {
            while (rs.next()) {
                List<String> groups = new ArrayList<>();
                for (String d : (String[]) rs.getArray(2).getArray()) {
                    groups.add(String.join("|", byDimension.getOrDefault(d, List.of())));
                }
                out.put(rs.getString(1), groups);
            }
        }
        return out;
    }

    /** One ACCEPTED submission per member and period: months and quarters of the ten years. */
    private static Map<String, UUID> submissions(Connection c, PrintStream out) throws SQLException, IOException {
        Map<String, UUID> ids = new LinkedHashMap<>();
        StringBuilder rows = new StringBuilder();
        for (String member : MEMBERS) {
            for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
                List<String> periods = new ArrayList<>();
                for (int m = 1; m <= 12; m++) {
                    periods.add(y + "-" + (m < 10 ? "0" : "") + m);
                }
                for (int q = 1; q <= 4; q++) {
                    periods.add(y + "-Q" + q);
                }
                for (String p : periods) {
                    UUID id = UUID.nameUUIDFromBytes(("bench-stats-" + member + p).getBytes(StandardCharsets.UTF_8));
                    ids.put(member + p, id);
                    rows.append(id).append('\t').append(member).append('\t').append(p)
                            .append("\t1\tACCEPTED\t1\tbench\tbench\tbench\n");
                }
            }
        }
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy stats_submission (id, member, period, revision, status, "
                + "classification, created_by, submitted_by, reviewed_by) from stdin",
                new java.io.StringReader(rows.toString()));
        out.printf("  %,d accepted submissions%n", ids.size());
        return ids;
    }

    /** The values of one member's period: each crime area's indicators of that periodicity, totals and parts. */
    private long period(CopyIn values, UUID submission, String period, int year, Integer month, int quarter,
                        String member, List<String> areas, Map<String, List<String>> parts, long people,
                        boolean quarterly) throws SQLException {
        long written = 0;
        for (int a = 0; a < areas.size(); a++) {
            double cases = expected(a, member, year, month == null ? quarter * 3 - 1 : month) * people / 100_000.0
                    * (quarterly ? 3 : 1) / 12;
            long prosecuted = 0;
            for (String indicator : INDICATORS) {
                boolean quarterlyIndicator = indicator.equals("PROSECUTED") || indicator.equals("CONVICTED");
                if (quarterlyIndicator != quarterly) {
                    continue;
                }
                // those convicted are some of those prosecuted, as validation wants
                long total = indicator.equals("CONVICTED") ? binomial(prosecuted, 0.6)
                        : poisson(cases * share(indicator));
                if (indicator.equals("PROSECUTED")) {
                    prosecuted = total;
                }
                String value = value(indicator, total);
                written += row(values, submission, areas.get(a), indicator, "", value);
                for (String group : parts.getOrDefault(indicator, List.of())) {
                    if (group.isEmpty()) {
                        continue;
                    }
                    String[] codes = group.split("\\|");
                    long left = total;
                    for (int i = 0; i < codes.length; i++) {
                        // a multinomial split, part by part, with weights falling by position
                        double weight = 1.0 / (i + 1);
                        double rest = 0;
                        for (int j = i; j < codes.length; j++) {
                            rest += 1.0 / (j + 1);
                        }
                        long part = i == codes.length - 1 ? left : binomial(left, weight / rest);
                        left -= part;
                        written += row(values, submission, areas.get(a), indicator, codes[i], value(indicator, part));
                    }
                }
            }
        }
        return written;
    }

    private int row(CopyIn values, UUID submission, String area, String indicator, String part, String value)
            throws SQLException {
        buffer.append(submission).append('\t').append(area).append('\t').append(indicator).append('\t').append(part)
                .append('\t').append(value).append('\n');
        if (buffer.length() > (1 << 20) - 512) {
            flush(values);
        }
        return 1;
    }

    private void flush(CopyIn copy) throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] b = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(b, 0, b.length);
        buffer.setLength(0);
    }

    /** The facts in force: the same values keyed by member and period, as accepting a submission writes them. */
    private static void facts(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("""
                    insert into stats_fact (crime_area, indicator, disaggregation, member, period, year, month, quarter,
                                            value, submission)
                    select v.crime_area, v.indicator, v.disaggregation, s.member, s.period, left(s.period, 4)::int,
                           case when length(s.period) = 7 and substr(s.period, 6, 1) <> 'Q'
                                then substr(s.period, 6, 2)::int end,
                           case when substr(s.period, 6, 1) = 'Q' then substr(s.period, 7, 1)::int
                                when length(s.period) = 7 then (substr(s.period, 6, 2)::int + 2) / 3 end,
                           v.value, v.submission
                    from stats_value v join stats_submission s on s.id = v.submission
                    where s.created_by = 'bench' and s.status = 'ACCEPTED'""");
        }
    }

    /** Cases a year per 100,000 inhabitants of a crime area in a member, in a month (trend and season). */
    private static double expected(int area, String member, int year, int month) {
        double base = 1.5 + (area * 7 % 11) * 1.2;
        double memberFactor = 0.5 + (Math.floorMod(member.hashCode() * 31 + area, 17)) / 10.0;
        double trend = switch (area) {
            case 2, 7 -> year > 2021 ? Math.pow(1.25, year - 2021) : 1; // fraud and cybercrime
            case 0, 1 -> Math.pow(1.05, year - FIRST_YEAR); // trafficking in persons, drugs
            default -> Math.pow(1 + ((area % 5) - 2) / 100.0, year - FIRST_YEAR);
        };
        double season = 1 + 0.12 * Math.sin(2 * Math.PI * month / 12.0);
        return base * memberFactor * trend * season;
    }

    /** How many of the indicator there are per case. */
    private static double share(String indicator) {
        return switch (indicator) {
            case "CASES" -> 1;
            case "SUSPECTS" -> 1.3;
            case "PROSECUTED" -> 0.8;
            case "VICTIMS" -> 1.1;
            case "SEIZED_DRUGS_KG", "SEIZED_FIREARMS", "SEIZED_WILDLIFE" -> 0.3;
            default -> 0.9; // amounts: one per case with a loss
        };
    }

    /** A count as it is, a weight of 4.1 kg a seizure, an amount of about 2,500 dollars a case. */
    private static String value(String indicator, long count) {
        return switch (indicator) {
            case "SEIZED_DRUGS_KG" -> (count * 41 / 10) + "." + (count * 41 % 10); // 4.1 kg, so parts add up
            case "AMOUNT_LOST" -> Long.toString(count * 2_500);
            case "AMOUNT_RECOVERED" -> Long.toString(count * 400);
            default -> Long.toString(count);
        };
    }

    private long poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda < 30) {
            double l = Math.exp(-lambda);
            double p = 1;
            long k = 0;
            do {
                k++;
                p *= random.nextDouble();
            } while (p > l);
            return k - 1;
        }
        return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian()));
    }

    private long binomial(long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (n < 40) {
            long k = 0;
            for (long i = 0; i < n; i++) {
                if (random.nextDouble() < p) {
                    k++;
                }
            }
            return k;
        }
        double mean = n * p;
        return Math.clamp(Math.round(mean + Math.sqrt(mean * (1 - p)) * gaussian()), 0, n);
    }

    private double gaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
