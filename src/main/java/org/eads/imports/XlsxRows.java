package org.eads.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) row by row with POI's streaming reader: the sheet's XML is
 * parsed as it is read, so a large file never becomes a workbook of row objects in memory. A row's line number is its
 * row number in Excel (the header is row 1). Every cell comes as text: a number as Excel stores it (1250, 12.5), not
 * as its cell format shows it, so nothing is rounded; a text as written; a formula by its last computed result.
 * Every import reads Excel through it, as JSON through {@link JsonRows}.
 */
public final class XlsxRows {

    /** A row of the sheet: its Excel row number and its cells from column A, empty cells as "". */
    public record Row(int line, List<String> cells) {

        /** The cell of a column (from 0), "" past the last cell. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** The file is not a workbook that can be read. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private XlsxRows() {
    }

    public static void read(InputStream in, Consumer<Row> sink) {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, sink));
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                 | org.apache.poi.UnsupportedFileFormatException
                 | org.apache.poi.openxml4j.exceptions.InvalidOperationException
                 | org.apache.poi.ooxml.POIXMLException e) {
            throw new Unreadable("the file is not an Excel workbook (.xlsx) that can be read: " + e.getMessage(), e);
        }
    }

    /** Rows in the first sheet (header included). */
    public static int count(InputStream in) {
        int[] n = new int[1];
        read(in, row -> n[0]++);
        return n[0];
    }

    /** The index (from 0) of the column of a cell reference such as {@code AB12}. */
    static int column(String reference) {
        int col = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }

    /** Turns the sheet's XML into rows: {@code <row r="2"><c r="B2" t="s"><v>3</v></c>...</row>}. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final Consumer<Row> sink;
        private final StringBuilder text = new StringBuilder();
        private List<String> cells;
        private int rowNumber;
        private int nextRow = 1;
        private int column;
        private String type;
        private boolean capturing;
        private String value;

        SheetHandler(ReadOnlySharedStringsTable strings, Consumer<Row> sink) {
            this.strings = strings;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            switch (name) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? nextRow : Integer.parseInt(r);
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? cells.size() : column(r);
                    type = attributes.getValue("t");
                    value = null;
                }
                case "v", "t" -> {
                    capturing = true;
                    text.setLength(0);
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capturing) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            switch (name) {
                case "v", "t" -> {
                    capturing = false;
                    value = value == null ? text.toString() : value + text;
                }
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(cellText());
                }
                case "row" -> {
                    sink.accept(new Row(rowNumber, List.copyOf(cells)));
                    nextRow = rowNumber + 1;
                }
                default -> { }
            }
        }

        private String cellText() {
            if (value == null) {
                return "";
            }
            return switch (type == null ? "n" : type) {
                case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
                case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
                case "n" -> number(value);
                default -> value;
            };
        }

        /** A number as written without a fraction or exponent it does not need: 1250.0 is 1250, 1E-3 is 0.001. */
        private static String number(String raw) {
            try {
                java.math.BigDecimal n = new java.math.BigDecimal(raw.strip()).stripTrailingZeros();
                return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }
    }
}
