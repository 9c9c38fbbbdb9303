package org.eads.funds.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.funds.FundsCase;
import org.eads.funds.FundsCases;
import org.eads.funds.Trace;
import org.eads.funds.TraceAnswer;
import org.eads.funds.TraceQuestion;
import org.eads.funds.Traces;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.InvalidRecordException;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trace as a file: JSON (the whole question and answer), CSV (the transfers that carried traced money, or the
 * accounts reached) or a PDF report for a court or a request to another member. Every export is audited.
 */
@Component
class TraceExports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Traces traces;
    private final FundsCases cases;
    private final AuditLog audit;
    private final JsonMapper json = JsonMapper.builder().build();

    TraceExports(Traces traces, FundsCases cases, AuditLog audit) {
        this.traces = traces;
        this.cases = cases;
        this.audit = audit;
    }

    ResponseEntity<byte[]> export(EadsUser user, long id, String format) {
        Trace trace = traces.get(user, id);
        FundsCase fundsCase = cases.visible(user, trace.caseId());
        String f = format == null ? "json" : format.strip().toLowerCase(Locale.ROOT);
        byte[] body;
        MediaType type;
        String name = "trace-" + id;
        switch (f) {
            case "json" -> {
                body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(trace);
                type = MediaType.APPLICATION_JSON;
                name += ".json";
            }
            case "csv" -> {
                body = transfersCsv(trace.answer());
                type = new MediaType("text", "csv", StandardCharsets.UTF_8);
                name += "-transfers.csv";
            }
            case "accounts-csv" -> {
                body = accountsCsv(trace.answer());
                type = new MediaType("text", "csv", StandardCharsets.UTF_8);
                name += "-accounts.csv";
            }
            case "pdf" -> {
                body = pdf(trace, fundsCase, user);
                type = MediaType.APPLICATION_PDF;
                name += ".pdf";
            }
            default -> throw new InvalidRecordException("format", "'" + format + "' is not json, csv, accounts-csv or pdf");
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.EXPORT, "FUNDS_TRACE",
                Long.toString(id)).withDetails(f));
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private static byte[] transfersCsv(TraceAnswer a) {
        return csv(new String[] {"txn_id", "source", "timestamp", "from_bank", "from_account", "from_country",
                "to_bank", "to_account", "to_country", "amount", "currency", "usd", "traced_usd", "channel"}, p -> {
            for (TraceAnswer.TracedTransfer t : a.transfers()) {
                var x = t.transfer();
                p.printRecord(x.txnId(), x.source(), x.at(), x.from().bank(), x.from().number(), x.from().country(),
                        x.to().bank(), x.to().number(), x.to().country(), x.amount().toPlainString(), x.currency(),
                        x.usd().toPlainString(), t.traced().toPlainString(), x.channel());
            }
        });
    }

    private static byte[] accountsCsv(TraceAnswer a) {
        return csv(new String[] {"bank", "account", "country", "kind", "hop", "end", "first_reached", "started_usd",
                "received_usd", "mixed_usd", "paid_on_usd", "remaining_usd", "cashed_out_usd"}, p -> {
            for (TraceAnswer.TracedAccount x : a.accounts()) {
                p.printRecord(x.account().bank(), x.account().number(), x.account().country(), x.account().kind(),
                        x.hop(), x.end() == null ? "" : x.end(), x.reachedAt(), x.started(), x.received(), x.mixed(),
                        x.paidOn(), x.remaining(), x.cashedOut());
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static byte[] csv(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            rows.print(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(Trace trace, FundsCase fundsCase, EadsUser user) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        TraceQuestion q = trace.question();
        TraceAnswer a = trace.answer();
        doc.add(new Paragraph("Fund trace " + trace.id() + ", case " + fundsCase.reference() + " (" + fundsCase.title()
                + ")", title));
        doc.add(new Paragraph(String.format(Locale.ROOT, "%s trace under %s (%s), %d hops at most, from %s to %s, "
                        + "minimum USD %s, fan-out cap %d. Run %s by %s of %s; exported %s by %s.",
                q.direction(), q.rule(), q.rule().label(), q.maxHops(), TIME.format(q.from()), TIME.format(q.to()),
                q.minimumUsd().toPlainString(), q.fanOutCap(), TIME.format(trace.createdAt()), trace.createdBy(),
                trace.member(), TIME.format(java.time.Instant.now()), user.displayName()), body));
        doc.add(new Paragraph(String.format(Locale.ROOT, "Traced USD %s from %d start transfers; USD %s still held, "
                        + "USD %s cashed out%s. At every account, traced money in equals traced money paid on, "
                        + "remaining and cashed out.", a.started().toPlainString(), q.transfers().size()
                        + q.accounts().size(), a.remaining().toPlainString(), a.cashedOut().toPlainString(),
                a.mixed().signum() > 0 ? ", USD " + a.mixed().toPlainString() + " mixed in (poison)" : ""), body));
        doc.add(new Paragraph("Where the money is now", heading));
        PdfPTable where = table(body, "Bank", "Account", "Country", "Kind", "Hop", "Ended", "Remaining USD",
                "Cashed out USD");
        for (TraceAnswer.TracedAccount x : a.whereNow()) {
            cells(where, body, x.account().bank(), x.account().number(), x.account().country(),
                    x.account().kind().label(), Integer.toString(x.hop()), x.end() == null ? "" : x.end().label(),
                    x.remaining().toPlainString(), x.cashedOut().toPlainString());
        }
        doc.add(where);
        doc.add(new Paragraph("Transfers that carried traced money", heading));
        PdfPTable flows = table(body, "Time", "Transaction", "From", "To", "Amount", "Traced USD", "Channel");
        for (TraceAnswer.TracedTransfer t : a.transfers()) {
            var x = t.transfer();
            cells(flows, body, TIME.format(x.at()), x.source() + " " + x.txnId(), x.from().label(), x.to().label(),
                    x.amount().toPlainString() + " " + x.currency(), t.traced().toPlainString(), x.channel());
        }
        doc.add(flows);
        doc.close();
        return out.toByteArray();
    }

    private static PdfPTable table(Font font, String... headers) {
        PdfPTable t = new PdfPTable(headers.length);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(10);
        t.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(h, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9)));
            c.setHorizontalAlignment(Element.ALIGN_LEFT);
            t.addCell(c);
        }
        return t;
    }

    private static void cells(PdfPTable t, Font font, String... values) {
        for (String v : values) {
            t.addCell(new Phrase(v, font));
        }
    }
}
