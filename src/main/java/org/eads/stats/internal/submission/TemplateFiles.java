package org.eads.stats.internal.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eads.stats.Classification;
import org.eads.stats.CrimeArea;
import org.eads.stats.DimensionValue;
import org.eads.stats.Indicator;
import org.eads.stats.Period;
import org.eads.stats.ReportedValue;

/**
 * The upload template of a member's values for a period, as CSV or xlsx: one row per value the period asks for
 * (member, period, crime_area, indicator, disaggregation, value, note), filled with the values given. The workbook
 * has a second sheet listing the codes.
 */
public final class TemplateFiles {

    public static final List<String> COLUMNS = List.of("member", "period", "crime_area", "indicator",
            "disaggregation", "value", "note");

    private TemplateFiles() {
    }

    public static byte[] csv(Classification c, String member, Period period,
                             Map<Classification.Cell, ReportedValue> values) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(COLUMNS);
            for (List<String> row : rows(c, member, period, values)) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(Classification c, String member, Period period,
                              Map<Classification.Cell, ReportedValue> values) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            // every column but the value is text, so that Excel does not turn 2025-03 into a date
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            Sheet sheet = book.createSheet("values");
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                head.createCell(i).setCellValue(COLUMNS.get(i));
                head.getCell(i).setCellStyle(bold);
                if (i != 5) {
                    sheet.setDefaultColumnStyle(i, text);
                }
            }
            int r = 1;
            for (List<String> row : rows(c, member, period, values)) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    String v = row.get(i);
                    if (i == 5 && !v.isEmpty() && !v.equals("NA")) {
                        line.createCell(i).setCellValue(Double.parseDouble(v));
                    } else {
                        line.createCell(i).setCellValue(v);
                        if (i != 5) {
                            line.getCell(i).setCellStyle(text);
                        }
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {10, 10, 26, 22, 22, 14, 40};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            codes(book.createSheet("codes"), c, period, bold);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> rows(Classification c, String member, Period period,
                                           Map<Classification.Cell, ReportedValue> values) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (CrimeArea area : c.crimeAreas()) {
            for (Classification.Cell cell : c.cells(area, period.periodicity())) {
                ReportedValue v = values.get(cell);
                out.add(List.of(member, period.toString(), cell.crimeArea(), cell.indicator(), cell.disaggregation(),
                        v == null ? "" : v.text(), v == null || v.note() == null ? "" : v.note()));
            }
        }
        return out;
    }

    /** The codes a file uses, for people filling it in. */
    private static void codes(Sheet sheet, Classification c, Period period, CellStyle bold) {
        int r = 0;
        Row head = sheet.createRow(r++);
        String[] titles = {"kind", "code", "name", "unit or ICCS"};
        for (int i = 0; i < titles.length; i++) {
            head.createCell(i).setCellValue(titles[i]);
            head.getCell(i).setCellStyle(bold);
        }
        for (CrimeArea a : c.crimeAreas()) {
            r = row(sheet, r, "crime_area", a.code(), a.name(), String.join(" ", a.iccsCodes()));
        }
        for (Indicator i : c.indicators().values()) {
            if (i.periodicity() == period.periodicity()) {
                r = row(sheet, r, "indicator", i.code(), i.name(), i.unit());
            }
        }
        for (List<DimensionValue> parts : c.dimensions().values()) {
            for (DimensionValue d : parts) {
                r = row(sheet, r, "disaggregation", d.disaggregation(), d.name(), "");
            }
        }
        row(sheet, r, "value", "NA", "not available (not zero); leave empty when not reported", "");
        for (int i = 0; i < 4; i++) {
            sheet.setColumnWidth(i, (i == 2 ? 48 : 20) * 256);
        }
    }

    private static int row(Sheet sheet, int r, String... cells) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
        return r + 1;
    }
}
