package org.eads.stats.internal.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eads.stats.PivotTable;
import org.eads.stats.StatsExport;
import org.eads.stats.StatsFilter;
import org.springframework.stereotype.Component;

/**
 * A pivot table as a CSV or Excel file: the table as shown (row labels, then a column per column header), then what
 * it was filtered to and its notes. Figures that are incomplete are listed after the table in the CSV and set in
 * italics with a legend in Excel, so that the numbers themselves stay numbers.
 */
@Component
public class PivotFiles {

    public StatsExport write(PivotTable t, StatsExport.Format format) {
        String name = "statistics-" + t.rows().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-by-"
                + t.columns().name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + format.extension();
        byte[] content = switch (format) {
            case CSV -> csv(t);
            case XLSX -> xlsx(t);
        };
        return new StatsExport(name, format.contentType(), content);
    }

    private static String corner(PivotTable t) {
        return label(t.rows()) + " \\ " + label(t.columns());
    }

    static String label(org.eads.stats.PivotQuery.Dimension d) {
        return switch (d) {
            case MEMBER -> "Member";
            case YEAR -> "Year";
            case CRIME_AREA -> "Crime area";
            case INDICATOR -> "Indicator";
            case PART -> "Part";
        };
    }

    private static byte[] csv(PivotTable t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter out = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            List<Object> header = new ArrayList<>();
            header.add(corner(t));
            t.columnHeaders().forEach(h -> header.add(h.label()));
            out.printRecord(header);
            List<String> incomplete = new ArrayList<>();
            List<String> withheld = new ArrayList<>();
            for (int r = 0; r < t.rowHeaders().size(); r++) {
                List<Object> line = new ArrayList<>();
                line.add(t.rowHeaders().get(r).label());
                for (int c = 0; c < t.columnHeaders().size(); c++) {
                    PivotTable.Cell cell = t.cells().get(r).get(c);
                    Number n = cell.shown(t.measure());
                    line.add(n == null ? "" : text(n, t.measure()));
                    String where = t.rowHeaders().get(r).label() + " / " + t.columnHeaders().get(c).label();
                    if (n != null && !cell.complete()) {
                        incomplete.add(where);
                    }
                    if (cell.withheld()) {
                        withheld.add(where);
                    }
                }
                out.printRecord(line);
            }
            out.println();
            for (String f : t.filters()) {
                out.printRecord(f);
            }
            if (!incomplete.isEmpty()) {
                out.printRecord("Incomplete figures (months or members missing): " + String.join("; ", incomplete));
            }
            if (!withheld.isEmpty()) {
                out.printRecord("Figures marked \u2021 (withheld): " + String.join("; ", withheld));
            }
            for (String n : t.notes()) {
                out.printRecord(n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String text(Number n, StatsFilter.Measure measure) {
        return measure == StatsFilter.Measure.RATE ? String.format(Locale.ROOT, "%.3f", n.doubleValue())
                : new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }

    private static byte[] xlsx(PivotTable t) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Statistics");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            Font italic = book.createFont();
            italic.setItalic(true);
            CellStyle number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat(t.measure() == StatsFilter.Measure.RATE
                    ? "#,##0.000" : "#,##0.##"));
            CellStyle partial = book.createCellStyle();
            partial.cloneStyleFrom(number);
            partial.setFont(italic);
            int at = 0;
            Row header = sheet.createRow(at++);
            text(header, 0, corner(t), head);
            for (int c = 0; c < t.columnHeaders().size(); c++) {
                text(header, c + 1, t.columnHeaders().get(c).label(), head);
            }
            for (int r = 0; r < t.rowHeaders().size(); r++) {
                Row row = sheet.createRow(at++);
                text(row, 0, t.rowHeaders().get(r).label(), head);
                for (int c = 0; c < t.columnHeaders().size(); c++) {
                    PivotTable.Cell cell = t.cells().get(r).get(c);
                    Number n = cell.shown(t.measure());
                    if (n != null) {
                        Cell x = row.createCell(c + 1);
                        x.setCellValue(n.doubleValue());
                        x.setCellStyle(cell.complete() ? number : partial);
                    }
                }
            }
            at++;
            for (String f : t.filters()) {
                text(sheet.createRow(at++), 0, f, null);
            }
            text(sheet.createRow(at++), 0, "Figures in italics are incomplete (months or members missing).", null);
            List<String> withheld = new ArrayList<>();
            for (int r = 0; r < t.rowHeaders().size(); r++) {
                for (int c = 0; c < t.columnHeaders().size(); c++) {
                    if (t.cells().get(r).get(c).withheld()) {
                        withheld.add(t.rowHeaders().get(r).label() + " / " + t.columnHeaders().get(c).label());
                    }
                }
            }
            if (!withheld.isEmpty()) {
                text(sheet.createRow(at++), 0, "Figures marked \u2021 (withheld): " + String.join("; ", withheld), null);
            }
            for (String n : t.notes()) {
                text(sheet.createRow(at++), 0, n, null);
            }
            sheet.setColumnWidth(0, 36 * 256);
            for (int c = 1; c <= t.columnHeaders().size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            sheet.createFreezePane(1, 1);
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
