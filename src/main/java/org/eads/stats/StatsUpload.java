package org.eads.stats;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.imports.ImportFormat;
import org.eads.imports.ImportHandler;
import org.eads.imports.ImportMode;
import org.eads.imports.Imports;
import org.eads.imports.RowError;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.stats.internal.submission.TemplateFiles;
import org.eads.stats.internal.submission.UploadRows;
import org.eads.stats.internal.submission.ValueText;
import org.springframework.stereotype.Service;

/**
 * Upload of a member's values as CSV or Excel (.xlsx) in the documented template (columns member, period,
 * crime_area, indicator, disaggregation, value, note; NA for not available; see docs/STATS.md), run as an import
 * job. Every row is checked and a bad one reported with its line number (a wrong code, a number that is not one,
 * another member, a period that is not open); the good rows are written into the member's draft of each period they
 * name (created if needed), and then the drafts are checked against the validation rules, whose issues are reported
 * with the lines of the values they concern. All of it runs in memory after one query of the member's history.
 */
@Service
public class StatsUpload implements ImportHandler {

    public static final String KIND = "STATS_VALUES";
    public static final List<String> COLUMNS = TemplateFiles.COLUMNS;
    private static final Set<String> REQUIRED = Set.of("member", "period", "crime_area", "indicator", "value");
    public static final int MAX_ROWS = 200_000;
    private static final int PROGRESS_EVERY = 1000;
    /** How many problems a job keeps to show; the counts cover all. */
    private static final int KEPT = 1000;

    private final StatsSubmissions submissions;
    private final Classifications classifications;
    private final ValidationRules rules;
    private final AuditLog audit;

    public StatsUpload(StatsSubmissions submissions, Classifications classifications, ValidationRules rules,
                       AuditLog audit) {
        this.submissions = submissions;
        this.classifications = classifications;
        this.rules = rules;
        this.audit = audit;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "statistics values";
    }

    @Override
    public Set<ImportFormat> formats() {
        return Set.of(ImportFormat.CSV, ImportFormat.XLSX);
    }

    @Override
    public void check(EadsUser user, Map<String, String> parameters) {
        if (!StatsAccess.mayEdit(user, user.memberCode())) {
            throw new NotAllowedException("Only statistics focal points and supervisors of a member upload its "
                    + "statistics");
        }
    }

    @Override
    public Result run(EadsUser user, Map<String, String> parameters, InputStream content, ImportMode mode,
                      Imports.ProgressListener progress) {
        check(user, parameters);
        return read(new Run(user, progress), content).finish(mode, true);
    }

    /**
     * Checks a file as an upload would, and writes nothing: the wrong rows with their lines, then the issues the
     * validation rules would raise on the drafts once the file's values are in them. Audited as a view.
     */
    public Result dryRun(EadsUser user, InputStream content) {
        check(user, Map.of());
        Result r = read(new Run(user, (processed, imported, errors) -> { }), content)
                .finish(ImportMode.VALID_ONLY, false);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW,
                "STATS_UPLOAD_CHECK", null).withDetails(r.processed() + " rows checked, " + r.errorRows()
                + " wrong"));
        return r;
    }

    private static Run read(Run run, InputStream content) {
        try {
            UploadRows.read(content, run::accept);
        } catch (UploadRows.Unreadable e) {
            run.fail(e.getMessage());
        }
        return run;
    }

    /** A row as read, before it is checked: its line and its cells by column. */
    private record RawRow(int line, String member, String period, String crimeArea, String indicator,
                          String disaggregation, String value, String note) {
    }

    /** The values of one period in the file, with the line each came from. */
    private static final class PeriodBatch {
        final Period period;
        final Classification classification;
        final String problem;
        final Submission existing;
        final Map<Classification.Cell, ReportedValue> set = new LinkedHashMap<>();
        final List<Classification.Cell> cleared = new ArrayList<>();
        final Map<Classification.Cell, Integer> lines = new HashMap<>();

        PeriodBatch(Period period, Classification classification, String problem, Submission existing) {
            this.period = period;
            this.classification = classification;
            this.problem = problem;
            this.existing = existing;
        }

        boolean writes() {
            return problem == null && !(set.isEmpty() && cleared.isEmpty());
        }
    }

    /**
     * One run over a file: the rows are read first, then the periods they name are looked up all at once, then each
     * row is checked, so that the database is asked a few times per file rather than per row or per period.
     */
    private final class Run {
        private final EadsUser user;
        private final Imports.ProgressListener progress;
        private final List<RawRow> raw = new ArrayList<>();
        private final Map<String, PeriodBatch> periods = new LinkedHashMap<>();
        private final List<RowError> errors = new ArrayList<>();
        private final Set<Integer> badLines = new java.util.HashSet<>();
        private Map<String, Integer> header;
        private String failure;

        Run(EadsUser user, Imports.ProgressListener progress) {
            this.user = user;
            this.progress = progress;
        }

        void accept(int line, List<String> cells) {
            if (failure != null) {
                return;
            }
            if (header == null) {
                header(line, cells);
                return;
            }
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (raw.size() == MAX_ROWS) {
                failure = "a file has at most " + MAX_ROWS + " rows: split it";
                return;
            }
            raw.add(new RawRow(line, cell(cells, "member"), cell(cells, "period"), cell(cells, "crime_area"),
                    cell(cells, "indicator"), cell(cells, "disaggregation"), cell(cells, "value"),
                    cell(cells, "note")));
        }

        private void header(int line, List<String> cells) {
            Map<String, Integer> h = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                h.putIfAbsent(cells.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            List<String> missing = COLUMNS.stream().filter(c -> REQUIRED.contains(c) && !h.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                failure = "line " + line + ": the header row lacks " + String.join(", ", missing)
                        + "; the columns are " + String.join(", ", COLUMNS);
                return;
            }
            header = h;
        }

        private String cell(List<String> cells, String column) {
            Integer i = header.get(column);
            return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).strip();
        }

        /** Looks up every period the file names: whether it is open, its draft, its classification. */
        private void lookUpPeriods() {
            Map<String, Period> named = new LinkedHashMap<>();
            for (RawRow r : raw) {
                if (!named.containsKey(r.period())) {
                    named.put(r.period(), Period.tryParse(r.period()).orElse(null));
                }
            }
            List<Period> valid = named.values().stream().filter(java.util.Objects::nonNull).distinct().toList();
            Map<Period, StatsSubmissions.Writable> writable = submissions.writable(user.memberCode(), valid);
            Map<Integer, Classification> years = new HashMap<>();
            int first = classifications.firstYear();
            named.forEach((text, period) -> {
                if (period == null) {
                    return;
                }
                StatsSubmissions.Writable w = writable.get(period);
                Classification c = period.year() < first ? null
                        : years.computeIfAbsent(period.year(), classifications::inForce);
                periods.putIfAbsent(period.toString(), new PeriodBatch(period, c, w.problem(), w.draft()));
            });
        }

        private void check(RawRow r) {
            String member = r.member().toUpperCase(Locale.ROOT);
            if (!member.equals(user.memberCode())) {
                error(r.line(), "member", member.isEmpty() ? "is required: your member's code, " + user.memberCode()
                        : "'" + member + "' is not your member: you report for " + user.memberCode());
                return;
            }
            Period period = Period.tryParse(r.period()).orElse(null);
            if (period == null) {
                error(r.line(), "period", "'" + r.period() + "' is not a reporting period: write 2025, 2025-Q1 or "
                        + "2025-03");
                return;
            }
            PeriodBatch batch = periods.get(period.toString());
            if (batch.problem != null) {
                error(r.line(), "period", batch.problem);
                return;
            }
            Problems p = new Problems();
            ValueInput in = new ValueInput(r.crimeArea(), r.indicator(), r.disaggregation(), r.value(), r.note());
            ReportedValue v = in.check(batch.classification, period, p);
            if (!p.isEmpty()) {
                p.list().forEach(f -> error(r.line(), column(f.field()), f.message()));
                return;
            }
            Classification.Cell key = v != null ? v.cell() : in.cell();
            Integer before = batch.lines.putIfAbsent(key, r.line());
            if (before != null) {
                error(r.line(), "indicator", "the same value of " + period + " is on line " + before);
                return;
            }
            if (v == null) {
                batch.cleared.add(key);
            } else {
                batch.set.put(key, v);
            }
        }

        private void error(int line, String field, String message) {
            badLines.add(line);
            if (errors.size() < KEPT) {
                errors.add(new RowError(line, field, message));
            }
        }

        void fail(String message) {
            failure = message;
        }

        /** Checks the rows read; with {@code write}, writes the good ones into the drafts. */
        Result finish(ImportMode mode, boolean write) {
            if (failure != null) {
                return new Result(raw.size(), 0, 1, List.of(new RowError(0, "", failure)));
            }
            if (header == null) {
                return new Result(0, 0, 1, List.of(new RowError(1, "header", "the file is empty: the first row "
                        + "names the columns " + String.join(", ", COLUMNS))));
            }
            lookUpPeriods();
            int done = 0;
            for (RawRow r : raw) {
                check(r);
                if (++done % PROGRESS_EVERY == 0) {
                    progress.rows(done, 0, badLines.size());
                }
            }
            refuseAtEntry();
            progress.rows(raw.size(), 0, badLines.size());
            if (mode == ImportMode.ALL_OR_NOTHING && !badLines.isEmpty()) {
                return new Result(raw.size(), 0, badLines.size(), errors);
            }
            List<PeriodBatch> drafts = periods.values().stream().filter(PeriodBatch::writes).toList();
            if (drafts.isEmpty()) {
                return new Result(raw.size(), 0, badLines.size(), errors, "Nothing " + (write ? "was" : "would be")
                        + " written: no row holds a value for a period open to your member.");
            }
            int written = 0;
            if (write) {
                submissions.write(user, drafts.stream().map(b -> new StatsSubmissions.Changes(b.period,
                        List.copyOf(b.set.values()), b.cleared)).toList(), "upload");
                written = drafts.stream().mapToInt(b -> b.set.size() + b.cleared.size()).sum();
                progress.rows(raw.size(), written, badLines.size());
            }
            List<RowError> all = new ArrayList<>(errors);
            String note = issues(drafts, all, write);
            return new Result(raw.size(), written, badLines.size(), all, note);
        }

        /** Values the blocking rules on single values refuse (a negative count) are row errors, not draft values. */
        private void refuseAtEntry() {
            List<PeriodBatch> checked = periods.values().stream().filter(b -> b.problem == null && !b.set.isEmpty())
                    .toList();
            List<List<ValidationIssue>> refused = rules.refusedAtEntry(checked.stream().map(b ->
                    new ValidationRules.Target(b.period, b.classification, b.set)).toList());
            for (int i = 0; i < checked.size(); i++) {
                PeriodBatch b = checked.get(i);
                for (ValidationIssue issue : refused.get(i)) {
                    Classification.Cell cell = new Classification.Cell(issue.crimeArea(), issue.indicator(),
                            issue.disaggregation());
                    if (b.set.remove(cell) != null) {
                        error(b.lines.get(cell), "value", issue.message());
                    }
                }
                Problems p = new Problems();
                ValueText.refuseNegative(List.copyOf(b.set.values()), b.classification,
                        v -> Integer.toString(b.lines.get(v.cell())), p);
                for (Problems.FieldProblem f : p.list()) {
                    int line = Integer.parseInt(f.field());
                    b.set.values().removeIf(v -> b.lines.get(v.cell()) == line);
                    error(line, "value", f.message());
                }
            }
        }

        /**
         * Checks the drafts written against the rules: their values are those of the file over those the drafts held
         * before (read in one query). The issues go after the row errors, with the lines of their values.
         */
        private String issues(List<PeriodBatch> drafts, List<RowError> out, boolean written) {
            Map<UUID, List<ReportedValue>> before = submissions.valuesOf(drafts.stream()
                    .filter(b -> b.existing != null).map(b -> b.existing.id()).toList());
            List<ValidationRules.Target> targets = new ArrayList<>();
            for (PeriodBatch b : drafts) {
                Map<Classification.Cell, ReportedValue> values = new HashMap<>(ReportedValue.byCell(
                        b.existing == null ? List.of() : before.getOrDefault(b.existing.id(), List.of())));
                b.cleared.forEach(values::remove);
                values.putAll(b.set);
                targets.add(new ValidationRules.Target(b.period, b.classification, values));
            }
            List<List<ValidationIssue>> found = rules.check(user.memberCode(), targets);
            int blocking = 0;
            int warnings = 0;
            for (int i = 0; i < drafts.size(); i++) {
                PeriodBatch b = drafts.get(i);
                for (ValidationIssue issue : found.get(i)) {
                    if (!issue.stops()) {
                        continue;
                    }
                    if (issue.severity() == ValidationRule.Severity.BLOCKING) {
                        blocking++;
                    } else {
                        warnings++;
                    }
                    Integer line = b.lines.get(new Classification.Cell(issue.crimeArea(), issue.indicator(),
                            issue.disaggregation()));
                    if (out.size() < KEPT) {
                        out.add(new RowError(line == null ? 0 : line, "rule " + issue.rule(),
                                issue.severity().name().toLowerCase(Locale.ROOT) + " (" + b.period + "): "
                                        + issue.message()));
                    }
                }
            }
            String periodsText = drafts.size() <= 6 ? String.join(", ", drafts.stream()
                    .map(b -> b.period.toString()).toList()) : drafts.size() + " periods";
            return (written ? "Written into the drafts of " : "Nothing was written; the values are for the drafts of ")
                    + periodsText + ". " + (blocking + warnings == 0 ? "The validation rules raise no issue."
                    : "The validation rules raise " + blocking + " blocking issues and " + warnings
                    + " warnings without a note (listed with the lines of their values): the drafts cannot be "
                    + "submitted until they are resolved.");
        }
    }

    private static String column(String field) {
        return switch (field) {
            case "crimeArea" -> "crime_area";
            default -> field;
        };
    }

    /** A template file for a period: its name, type and bytes. */
    public record Template(String fileName, String contentType, byte[] content) {
    }

    /**
     * The template of a member's values for a period, as CSV or xlsx: one row per value the period asks for, filled
     * with the member's open draft where there is one. Audited as an export.
     */
    public Template template(EadsUser user, String member, String periodText, String format) {
        String m = member == null || member.isBlank() ? user.memberCode() : member.strip().toUpperCase(Locale.ROOT);
        if (!StatsAccess.maySee(user, m)) {
            throw new NotAllowedException("Templates are for the statistics focal points of the member");
        }
        Period period = Period.parse(periodText, "period");
        Classification c = classifications.inForce(period.year());
        StatsSubmissions.Writable w = submissions.writable(m, List.of(period)).get(period);
        Map<Classification.Cell, ReportedValue> values = w.draft() == null ? Map.of()
                : ReportedValue.byCell(submissions.valuesOf(List.of(w.draft().id())).get(w.draft().id()));
        String base = "statistics-" + m + "-" + period;
        Template t = switch (format == null ? "csv" : format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> new Template(base + ".csv", "text/csv", TemplateFiles.csv(c, m, period, values));
            case "xlsx" -> new Template(base + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    TemplateFiles.xlsx(c, m, period, values));
            default -> throw new org.eads.records.InvalidRecordException("format", "'" + format
                    + "' is not csv or xlsx");
        };
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.EXPORT, "STATS_TEMPLATE",
                m + " " + period).withDetails(t.fileName() + ", " + values.size() + " values"));
        return t;
    }
}
