package org.eads.screening.internal.batch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eads.identity.EadsUser;
import org.eads.records.InvalidRecordException;
import org.eads.records.PartialDate;
import org.eads.screening.Match;
import org.eads.screening.Screening;
import org.eads.screening.ScreeningBatch;
import org.eads.screening.SearchOutcome;
import org.eads.screening.SearchQuery;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Screens a CSV file row by row through {@link Screening} (so each row is a search like any other: shared as the
 * owners decide, audited, owners told of hits) and writes the results as CSV. Columns, all optional but one of
 * name, documentNumber or an identifier per row: reference (echoed), name, dateOfBirth, sex, nationality,
 * documentNumber, phone, email, bankAccount, eWallet, url, domain, cryptoWallet, socialMedia, vin, plate, serial.
 */
@Component
@ConditionalOnWebApplication
public class BatchRunner {

    static final Map<String, String> IDENTIFIER_COLUMNS = Map.ofEntries(Map.entry("phone", "PHONE"),
            Map.entry("email", "EMAIL"), Map.entry("bankAccount", "BANK_ACCOUNT"), Map.entry("eWallet", "E_WALLET"),
            Map.entry("url", "URL"), Map.entry("domain", "DOMAIN"), Map.entry("cryptoWallet", "CRYPTO_WALLET"),
            Map.entry("socialMedia", "SOCIAL_MEDIA"), Map.entry("vin", "VIN"), Map.entry("plate", "PLATE"),
            Map.entry("serial", "SERIAL"));
    static final Set<String> OTHER_COLUMNS = Set.of("reference", "name", "dateOfBirth", "sex", "nationality",
            "documentNumber");
    private static final int PROGRESS_EVERY = 50;

    private final Screening screening;
    private final BatchStore batches;

    BatchRunner(Screening screening, BatchStore batches) {
        this.screening = screening;
        this.batches = batches;
    }

    /** Rows in the file; the message says what is wrong with a header that names no column screening knows. */
    public static int check(byte[] content) {
        try (CSVParser parser = parser(content)) {
            List<String> header = parser.getHeaderNames();
            List<String> unknown = header.stream()
                    .filter(h -> !IDENTIFIER_COLUMNS.containsKey(h) && !OTHER_COLUMNS.contains(h)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("Unknown columns " + unknown + ": use reference, name, dateOfBirth, "
                        + "sex, nationality, documentNumber, " + String.join(", ", IDENTIFIER_COLUMNS.keySet()));
            }
            int rows = 0;
            for (CSVRecord ignored : parser) {
                rows++;
            }
            if (rows == 0) {
                throw new IllegalArgumentException("The file has a header but no rows to screen");
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("The file cannot be read as CSV: " + e.getMessage());
        }
    }

    private static CSVParser parser(byte[] content) throws IOException {
        return CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                        .setIgnoreEmptyLines(true).get());
    }

    void run(UUID id, EadsUser user, String purpose, byte[] content) {
        int processed = 0;
        int hits = 0;
        int errorRows = 0;
        List<ScreeningBatch.RowProblem> errors = new ArrayList<>();
        Map<String, Integer> byMember = new TreeMap<>();
        StringWriter out = new StringWriter();
        try (CSVParser parser = parser(content);
             CSVPrinter results = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("line", "reference",
                     "query", "matches", "best_score", "results").get())) {
            long previousEnd = 1;
            for (CSVRecord row : parser) {
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                processed++;
                String reference = value(row, "reference");
                try {
                    SearchQuery query = query(row, purpose);
                    SearchOutcome outcome = screening.search(user, query);
                    if (!outcome.matches().isEmpty()) {
                        hits++;
                        outcome.matches().stream().map(m -> m.hitOnly() ? m.holder() : m.owner()).distinct()
                                .forEach(member -> byMember.merge(member, 1, Integer::sum));
                    }
                    double best = outcome.matches().stream().filter(m -> !m.hitOnly()).mapToDouble(Match::score)
                            .max().orElse(outcome.matches().isEmpty() ? 0 : Double.NaN);
                    results.printRecord(line, reference, query.summary(), outcome.matches().size(),
                            Double.isNaN(best) ? "" : String.format("%.2f", best), describe(outcome.matches()));
                } catch (InvalidRecordException | IllegalArgumentException e) {
                    errorRows++;
                    String message = e instanceof InvalidRecordException ire ? ire.problems().stream()
                            .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")) : e.getMessage();
                    if (errors.size() < BatchStore.KEPT_ERRORS) {
                        errors.add(new ScreeningBatch.RowProblem(line, message));
                    }
                    results.printRecord(line, reference, "", "", "", "not screened: " + message);
                }
                if (processed % PROGRESS_EVERY == 0) {
                    batches.progress(id, processed, hits, errorRows);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            batches.finish(id, ScreeningBatch.Status.FAILED, processed, hits, errors, errorRows, byMember, null,
                    "The file could not be read to the end: " + e.getMessage());
            return;
        }
        batches.finish(id, ScreeningBatch.Status.DONE, processed, hits, errors, errorRows, byMember,
                out.toString().getBytes(StandardCharsets.UTF_8), null);
    }

    private static SearchQuery query(CSVRecord row, String purpose) {
        List<SearchQuery.Identifier> ids = new ArrayList<>();
        IDENTIFIER_COLUMNS.forEach((column, type) -> {
            String v = value(row, column);
            if (v != null) {
                ids.add(new SearchQuery.Identifier(type, v));
            }
        });
        String dob = value(row, "dateOfBirth");
        return new SearchQuery(value(row, "name"), dob == null ? null : PartialDate.parse(dob), value(row, "sex"),
                value(row, "nationality"), value(row, "documentNumber"), ids, null, null, purpose);
    }

    private static String value(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String describe(List<Match> matches) {
        return matches.stream().map(m -> m.hitOnly()
                        ? "possible match held by " + m.holder() + " (" + m.band() + ", reference " + m.reference() + ")"
                        : m.owner() + " " + m.type() + " " + m.recordId() + " '" + m.label() + "' "
                        + String.format("%.2f", m.score()))
                .collect(Collectors.joining("; "));
    }
}
