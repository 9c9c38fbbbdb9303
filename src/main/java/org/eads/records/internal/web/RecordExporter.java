package org.eads.records.internal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;
import org.eads.identity.EadsUser;
import org.eads.records.RecordCodec;
import org.eads.records.RecordFilter;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an export of records as CSV or JSON straight to the response, record by record, as {@link Records#export}
 * hands them over in batches: memory stays flat however many rows there are. Handling codes and the handling note
 * are in both forms, because the conditions of use travel with the data.
 */
@Component
class RecordExporter {

    /** The CSV columns, in order; docs/RECORDS.md describes them. */
    static final List<String> CSV_COLUMNS = List.of("id", "type", "label", "owner", "sharing_level", "handling_codes",
            "handling_note", "classification", "review_date", "version", "updated_at");

    private final Records records;
    private final RecordCodec codec;

    RecordExporter(Records records, RecordCodec codec) {
        this.records = records;
        this.codec = codec;
    }

    void export(EadsUser user, RecordFilter filter, ExportFormat format, HttpServletResponse response) throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"eads-records-" + LocalDate.now()
                + "." + format.extension() + "\"");
        OutputStream out = response.getOutputStream();
        try {
            switch (format) {
                case CSV -> csv(user, filter, out);
                case JSON -> json(user, filter, out);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                // Nothing was sent yet: let the error answer be an error, not a downloaded file.
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, null);
            }
            throw e;
        }
    }

    private void csv(EadsUser user, RecordFilter filter, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(String.join(",", CSV_COLUMNS) + "\r\n");
        records.export(user, filter, "csv", r -> {
            try {
                w.write(csvLine(r));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        w.flush();
    }

    static String csvLine(SharedRecord r) {
        return List.of(r.id().toString(), r.type().name(), cell(r.label()), r.ownerMember(), r.sharingLevel().name(),
                        r.handlingCodes().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")),
                        cell(r.handlingNote()), r.classification().name(), r.reviewDate().toString(),
                        Integer.toString(r.version()), r.updatedAt().toString())
                .stream().collect(Collectors.joining(",", "", "\r\n"));
    }

    /**
     * One free-text cell, quoted as RFC 4180 wants. A text that starts like a formula gets a leading apostrophe so a
     * spreadsheet shows it instead of running it (CSV injection).
     */
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return StringEscapeUtils.escapeCsv(safe);
    }

    private void json(EadsUser user, RecordFilter filter, OutputStream out) {
        try (JsonGenerator g = codec.mapper().createGenerator(out)) {
            g.writeStartArray();
            records.export(user, filter, "json", r -> g.writeTree(codec.write(r)));
            g.writeEndArray();
        }
    }
}
