package org.eads.dvi.internal.report;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import org.eads.dvi.DviFile;
import org.eads.dvi.Identification;
import org.eads.dvi.Operation;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import tools.jackson.databind.JsonNode;

/**
 * The report of a confirmed identification as a PDF: the operation, the body and the missing person, the methods
 * relied on and the evidence as it stood when the identification was proposed, the proposal, the board's votes and
 * the confirmation; every page names when and by whom it was generated.
 */
public final class IdentificationReportPdf {

    private static String marks(JsonNode matches) {
        List<String> alike = new ArrayList<>();
        matches.forEach(m -> alike.add(m.asString("")));
        return alike.isEmpty() ? "no mark or personal effect alike" : "alike: " + String.join(", ", alike);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);

    /**
     * What the report shows.
     *
     * @param evidence the candidate's evidence kept with the proposal (JSON, as matching gave it)
     * @param person   the name and member of a user, by id
     */
    public record Content(Operation operation, Identification identification, DviFile body, DviFile missing,
                          JsonNode evidence, LongFunction<String> person, String generatedBy, Instant generatedAt) {
    }

    private IdentificationReportPdf() {
    }

    public static byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 42, 42, 42, 42);
        PdfWriter.getInstance(doc, out);
        HeaderFooter footer = new HeaderFooter(new Phrase("Generated " + TIME.format(c.generatedAt()) + " by "
                + c.generatedBy() + " from e-ADS. Identification " + c.identification().id() + ". Page ", SMALL), true);
        footer.setBorder(Rectangle.TOP);
        doc.setFooter(footer);
        doc.open();
        Identification i = c.identification();
        DviFile pm = c.body();
        DviFile am = c.missing();
        doc.add(new Paragraph("Identification report", TITLE));
        doc.add(new Paragraph("Body " + pm.number() + " is " + am.name() + " (missing person " + am.number()
                + "), confirmed by the identification board on " + time(i.decidedAt()) + ".", BODY));

        Operation o = c.operation();
        section(doc, "Operation");
        doc.add(facts("Name", o.name(), "Place", o.place(), "Date", o.occurredOn().toString(), "Lead member",
                o.leadMember(), "Members taking part", o.members().isEmpty() ? "none besides the lead"
                        : String.join(", ", o.members().stream().sorted().toList())));

        section(doc, "Body");
        doc.add(facts("Number", pm.number(), "Recovered", join(pm.recoveredAt() == null ? null : time(pm.recoveredAt()),
                        pm.recoveryPlace()), "Condition", pm.condition(), "Described", description(pm),
                "Entered by", pm.memberCode()));

        section(doc, "Missing person");
        doc.add(facts("Name", am.name(), "Number", am.number(), "Nationality", am.nationality(), "Born",
                am.birthDate() == null ? null : am.birthDate().toString(), "Described", description(am),
                "Reported by", am.memberCode()));

        section(doc, "Methods relied on");
        doc.add(new Paragraph(String.join(", ", i.methods()), BODY));

        section(doc, "Evidence when proposed");
        evidence(doc, c.evidence());

        section(doc, "Proposal");
        doc.add(facts("Proposed by", c.person().apply(i.proposedBy()), "At", time(i.createdAt()), "Note", i.note()));

        section(doc, "Identification board");
        PdfPTable votes = table("Board member", "Decision", "When", "Note");
        for (Identification.Vote v : i.votes()) {
            cells(votes, c.person().apply(v.userId()), v.decision(), time(v.at()), v.note());
        }
        doc.add(votes);

        section(doc, "Confirmation");
        doc.add(new Paragraph("Confirmed " + time(i.decidedAt()) + " by " + i.votes().stream()
                .filter(v -> v.decision().equals("CONFIRM")).count() + " confirmations of board members other than the "
                + "proposer. Both files are marked identified.", BODY));
        doc.close();
        return out.toByteArray();
    }

    private static void evidence(Document doc, JsonNode e) {
        JsonNode ev = e.path("evidence");
        Double dna = number(ev.path("dnaLog10Lr"));
        String dnaText;
        if (dna == null) {
            dnaText = "not compared";
        } else if (dna == Double.NEGATIVE_INFINITY) {
            dnaText = e.path("dnaKind").asString("") + ": excludes";
        } else {
            dnaText = String.format(Locale.ROOT, "%s reference, likelihood ratio %.3g (log10 %.2f), %d loci compared",
                    e.path("dnaKind").asString("DNA"), Math.pow(10, dna), dna, e.path("dnaLoci").asInt(0));
        }
        JsonNode dental = ev.path("dental");
        String dentalText = "not compared";
        List<JsonNode> discrepancies = new ArrayList<>();
        if (dental.isObject()) {
            Map<String, Integer> counts = new HashMap<>();
            for (JsonNode t : dental.path("teeth")) {
                String v = t.path("verdict").asString("NOT_COMPARED");
                counts.merge(v, 1, Integer::sum);
                if (v.equals("RED") || v.equals("AMBER")) {
                    discrepancies.add(t);
                }
            }
            dentalText = String.format(Locale.ROOT, "%d teeth compared, %d informative; %d green, %d amber, %d red, "
                            + "%d not compared; score %.2f", dental.path("compared").asInt(0),
                    dental.path("informative").asInt(0), counts.getOrDefault("GREEN", 0),
                    counts.getOrDefault("AMBER", 0), counts.getOrDefault("RED", 0),
                    counts.getOrDefault("NOT_COMPARED", 0), dental.path("score").asDouble(0));
        }
        JsonNode s = ev.path("secondary");
        String secondary = s.isObject() ? String.join("; ",
                s.path("sexConflict").asBoolean(false) ? "the sexes differ" : "no conflict of sex",
                overlap(s.path("ageOverlap"), "age"), overlap(s.path("statureOverlap"), "stature"),
                s.path("implantSerialMatch").asBoolean(false) ? "an implant's serial number is the same"
                        : "no implant serial number compared", marks(s.path("marksAndEffects"))) : "not recorded";
        JsonNode a = e.path("assessment");
        doc.add(facts("DNA", dnaText, "Dental", dentalText, "Fingerprints", ev.path("fingerprints").asString(
                "no decision recorded"), "Secondary", secondary, "Assessment", a.isObject() ? String.format(Locale.ROOT,
                "%s; combined log10 ratio %.2f, log10 posterior odds %.2f", a.path("status").asString(""),
                a.path("log10Lr").asDouble(0), a.path("log10PosteriorOdds").asDouble(0)) : "not recorded"));
        if (!discrepancies.isEmpty()) {
            doc.add(new Paragraph("Dental discrepancies", LABEL));
            PdfPTable t = table("Tooth", "Ante-mortem", "Post-mortem", "Verdict", "Why");
            for (JsonNode d : discrepancies) {
                cells(t, d.path("place").asString(""), tooth(d.path("am")), tooth(d.path("pm")),
                        d.path("verdict").asString(""), d.path("reason").asString(""));
            }
            doc.add(t);
        }
    }

    private static String overlap(JsonNode n, String what) {
        if (n.isNull() || n.isMissingNode()) {
            return what + " not compared";
        }
        return n.asBoolean(false) ? "the " + what + " ranges overlap" : "the " + what + " ranges do not overlap";
    }

    private static String tooth(JsonNode t) {
        if (!t.isObject()) {
            return "";
        }
        List<String> parts = new ArrayList<>(List.of(t.path("status").asString("")));
        if (!t.path("surfaces").isEmpty()) {
            List<String> surfaces = new ArrayList<>();
            t.path("surfaces").forEach(x -> surfaces.add(x.asString("")));
            parts.add(String.join("", surfaces));
        }
        if (t.hasNonNull("material")) {
            parts.add(t.path("material").asString(""));
        }
        return String.join(" ", parts);
    }

    /** A number as matching wrote it: JSON writes infinities as strings. */
    private static Double number(JsonNode n) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isString()) {
            try {
                return Double.parseDouble(n.asString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String description(DviFile f) {
        List<String> parts = new ArrayList<>();
        if (f.sex() != null) {
            parts.add(f.sex().toLowerCase(Locale.ROOT));
        }
        if (f.ageMin() != null || f.ageMax() != null) {
            parts.add("aged " + range(f.ageMin(), f.ageMax()));
        }
        if (f.statureMinCm() != null || f.statureMaxCm() != null) {
            parts.add(range(f.statureMinCm(), f.statureMaxCm()) + " cm tall");
        }
        f.description().forEach((k, v) -> parts.add(k + ": " + v));
        return String.join("; ", parts);
    }

    private static String range(Integer min, Integer max) {
        return min == null ? "up to " + max : max == null ? min + " or more" : min.equals(max) ? min.toString()
                : min + " to " + max;
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + ", " + b;
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    private static void section(Document doc, String heading) {
        Paragraph p = new Paragraph(heading, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(3);
        doc.add(p);
    }

    /** Label and value pairs as a borderless two-column table; empty values are left out. */
    private static PdfPTable facts(String... pairs) {
        PdfPTable t = new PdfPTable(new float[] {1, 4});
        t.setWidthPercentage(100);
        for (int k = 0; k < pairs.length; k += 2) {
            if (pairs[k + 1] == null || pairs[k + 1].isBlank()) {
                continue;
            }
            t.addCell(plain(new Phrase(pairs[k], LABEL)));
            t.addCell(plain(new Phrase(pairs[k + 1], BODY)));
        }
        return t;
    }

    private static PdfPCell plain(Phrase p) {
        PdfPCell c = new PdfPCell(p);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingBottom(3);
        return c;
    }

    private static PdfPTable table(String... headers) {
        PdfPTable t = new PdfPTable(headers.length);
        t.setWidthPercentage(100);
        t.setSpacingBefore(3);
        t.setHeaderRows(1);
        for (String h : headers) {
            t.addCell(new PdfPCell(new Phrase(h, LABEL)));
        }
        return t;
    }

    private static void cells(PdfPTable t, String... values) {
        for (String v : values) {
            t.addCell(new Phrase(v == null ? "" : v, BODY));
        }
    }
}
