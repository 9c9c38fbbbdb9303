package org.eads.scam;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eads.identity.EadsUser;
import org.eads.imports.ImportFormat;
import org.eads.imports.ImportHandler;
import org.eads.imports.ImportMode;
import org.eads.imports.Imports;
import org.eads.imports.RowError;
import org.eads.records.Problems;
import org.springframework.stereotype.Service;

/**
 * Bulk import of scam reports from a national system, as CSV with a header row (the columns are in
 * {@link #COLUMNS}; see docs/SCAM.md). It runs as an import job: an upload in the background with a progress bar,
 * the API at once. Every row is checked as the form and the API check it, and every mistake is reported with its
 * line number; then either nothing is imported (all or nothing) or the valid rows are, in the job's transaction.
 */
@Service
public class ScamReportImport implements ImportHandler {

    public static final String KIND = "SCAM_REPORTS";
    public static final int MAX_ROWS = 100_000;
    private static final int PROGRESS_EVERY = 100;
    public static final List<String> COLUMNS = List.of("case_reference", "report_date", "victim_kind", "victim_name",
            "victim_contact", "victim_identity_shared", "victim_nationality", "victim_age_band", "victim_sex",
            "scam_type", "channel", "first_contact", "loss_amount", "loss_currency", "summary", "sharing_level",
            "indicator_sharing", "indicators", "payments");

    private static final java.util.regex.Pattern PAYMENT = java.util.regex.Pattern.compile(
            "^([A-Za-z_]+):([^=]+)=\\s*([0-9.,]+)\\s+([A-Za-z]{3,4})\\s*(?:@(.+))?$");

    private final ScamReports reports;

    public ScamReportImport(ScamReports reports) {
        this.reports = reports;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "scam reports";
    }

    @Override
    public Set<ImportFormat> formats() {
        return Set.of(ImportFormat.CSV);
    }

    @Override
    public Result run(EadsUser user, Map<String, String> parameters, InputStream content, ImportMode mode,
                      Imports.ProgressListener progress) {
        String csv;
        try {
            csv = new String(content.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RowError> problems = new ArrayList<>();
        Map<Integer, ScamReportInput> valid = new LinkedHashMap<>();
        int rows = 0;
        int errorRows = 0;
        try (Reader in = new StringReader(csv);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).setTrim(true).get().parse(in)) {
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)
                    && Set.of("case_reference", "victim_kind", "scam_type", "channel").contains(c)).toList();
            if (!missing.isEmpty()) {
                return new Result(0, 0, 1, List.of(new RowError(1, "header", "the header row lacks "
                        + String.join(", ", missing) + "; the columns are " + String.join(", ", COLUMNS))));
            }
            Map<String, Integer> references = new HashMap<>();
            Lines lines = new Lines(csv);
            for (CSVRecord row : parser) {
                rows++;
                int line = lines.at(row.getCharacterPosition());
                if (rows > MAX_ROWS) {
                    problems.add(new RowError(line, "", "a file has at most " + MAX_ROWS + " reports: split it"));
                    errorRows++;
                    break;
                }
                Problems p = new Problems();
                ScamReportInput input = input(row, p);
                List<Problems.FieldProblem> found = new ArrayList<>(p.list());
                if (p.isEmpty()) {
                    found.addAll(reports.problems(user, input));
                }
                String ref = input.caseReference();
                if (ref != null && !ref.isBlank() && references.putIfAbsent(ref, line) != null) {
                    found.add(new Problems.FieldProblem("case_reference", "also on line " + references.get(ref)));
                }
                if (found.isEmpty()) {
                    valid.put(line, input);
                } else {
                    errorRows++;
                    found.forEach(f -> problems.add(new RowError(line, f.field(), f.message())));
                }
                if (rows % PROGRESS_EVERY == 0) {
                    progress.rows(rows, 0, errorRows);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            return new Result(rows, 0, errorRows + 1, List.of(new RowError(0, "", "the file is not readable CSV: "
                    + e.getMessage())));
        }
        if (mode == ImportMode.ALL_OR_NOTHING && errorRows > 0) {
            return new Result(rows, 0, errorRows, problems);
        }
        int imported = 0;
        for (ScamReportInput input : valid.values()) {
            reports.create(user, input);
            if (++imported % PROGRESS_EVERY == 0) {
                progress.rows(rows, imported, errorRows);
            }
        }
        return new Result(rows, imported, errorRows, problems);
    }

    /** The line each row starts on, counting line breaks once however many rows (quoted cells may span lines). */
    private static final class Lines {
        private final String text;
        private int position;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        int at(long characterPosition) {
            int end = (int) Math.min(characterPosition, text.length());
            for (; position < end; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static ScamReportInput input(CSVRecord row, Problems p) {
        return new ScamReportInput(get(row, "case_reference"), date(row, "report_date", p),
                new ScamReportInput.Victim(get(row, "victim_kind"), get(row, "victim_name"), get(row, "victim_contact"),
                        "true".equalsIgnoreCase(get(row, "victim_identity_shared")), get(row, "victim_nationality"),
                        get(row, "victim_age_band"), get(row, "victim_sex")),
                get(row, "scam_type"), channel(row, p), date(row, "first_contact", p),
                amount(get(row, "loss_amount"), "loss_amount", p), get(row, "loss_currency"), get(row, "summary"),
                get(row, "sharing_level"), null, get(row, "indicator_sharing"), indicators(get(row, "indicators"), p),
                payments(get(row, "payments"), p));
    }

    private static String get(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v;
    }

    private static LocalDate date(CSVRecord row, String column, Problems p) {
        String v = get(row, column);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            p.add(column, "'" + v + "' is not a date: write YYYY-MM-DD");
            return null;
        }
    }

    private static ScamChannel channel(CSVRecord row, Problems p) {
        String v = get(row, "channel");
        try {
            return v == null ? null : ScamChannel.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            p.add("channel", "'" + v + "' is not a channel: " + java.util.Arrays.toString(ScamChannel.values()));
            return null;
        }
    }

    private static BigDecimal amount(String v, String field, Problems p) {
        try {
            return v == null ? null : new BigDecimal(v.replace(",", ""));
        } catch (NumberFormatException e) {
            p.add(field, "'" + v + "' is not an amount");
            return null;
        }
    }

    private static IndicatorKind kind(String v, String field, Problems p) {
        try {
            return IndicatorKind.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            p.add(field, "'" + v + "' is not an indicator kind: " + java.util.Arrays.toString(IndicatorKind.values()));
            return null;
        }
    }

    /** {@code KIND:value|KIND:value}, such as {@code PHONE:012-345 6789|URL:https://example.com}. */
    private static List<ScamReportInput.Indicator> indicators(String cell, Problems p) {
        List<ScamReportInput.Indicator> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        String[] items = cell.split("\\|");
        for (int i = 0; i < items.length; i++) {
            int colon = items[i].indexOf(':');
            if (colon < 1) {
                p.add("indicators[" + i + "]", "write KIND:value, such as PHONE:+60123456789");
                continue;
            }
            IndicatorKind kind = kind(items[i].substring(0, colon), "indicators[" + i + "].kind", p);
            if (kind != null) {
                out.add(new ScamReportInput.Indicator(kind, items[i].substring(colon + 1).strip(), null, null));
            }
        }
        return out;
    }

    /**
     * {@code KIND:to=amount CURRENCY[@time]|...}, such as
     * {@code BANK_ACCOUNT:5140 1234 5678=20000 MYR@2026-02-20T10:15:00+08:00}.
     */
    private static List<ScamReportInput.Payment> payments(String cell, Problems p) {
        List<ScamReportInput.Payment> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        String[] items = cell.split("\\|");
        for (int i = 0; i < items.length; i++) {
            String field = "payments[" + i + "]";
            var m = PAYMENT.matcher(items[i].strip());
            if (!m.matches()) {
                p.add(field, "write KIND:account=amount CURRENCY, optionally @time, such as "
                        + "BANK_ACCOUNT:5140123456=20000 MYR@2026-02-20T10:15:00+08:00");
                continue;
            }
            IndicatorKind kind = kind(m.group(1), field + ".kind", p);
            BigDecimal amount = amount(m.group(3), field + ".amount", p);
            OffsetDateTime at = null;
            if (m.group(5) != null) {
                try {
                    at = OffsetDateTime.parse(m.group(5).strip());
                } catch (DateTimeParseException e) {
                    p.add(field + ".paidAt", "'" + m.group(5) + "' is not a time with offset, such as "
                            + "2026-02-20T10:15:00+08:00");
                }
            }
            if (kind != null) {
                out.add(new ScamReportInput.Payment(kind, m.group(2).strip(), null, at, amount, m.group(4)));
            }
        }
        return out;
    }
}
