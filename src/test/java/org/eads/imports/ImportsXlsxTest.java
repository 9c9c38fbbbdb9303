package org.eads.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eads.imports.internal.ImportEngine;
import org.junit.jupiter.api.Test;

/** Excel workbooks as an import format: the streaming reader gives rows as Excel numbers them, cells as text. */
class ImportsXlsxTest {

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("values");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("period");
            head.createCell(1).setCellValue("value");
            head.createCell(2).setCellValue("note");
            Row one = sheet.createRow(1);
            one.createCell(0).setCellValue("2025-03");
            one.createCell(1).setCellValue(1250);
            one.createCell(2).setCellValue("from the CID's register");
            // row 3 is left empty, row 4 skips a column and has a decimal, a formula and a boolean
            Row four = sheet.createRow(3);
            four.createCell(1).setCellValue(12.5);
            four.createCell(2).setCellFormula("B4*2");
            four.createCell(4).setCellValue(true);
            // a number shown with a format that rounds it is read as stored, not as shown
            Row five = sheet.createRow(4);
            five.createCell(1).setCellValue(1234.567);
            five.getCell(1).setCellStyle(book.createCellStyle());
            five.getCell(1).getCellStyle().setDataFormat(book.createDataFormat().getFormat("#,##0"));
            book.createSheet("codes").createRow(0).createCell(0).setCellValue("not read");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheFirstSheetRowByRowWithExcelsRowNumbersAndStoredValues() throws IOException {
        List<XlsxRows.Row> rows = new ArrayList<>();
        XlsxRows.read(new ByteArrayInputStream(workbook()), rows::add);
        assertThat(rows).extracting(XlsxRows.Row::line).containsExactly(1, 2, 4, 5);
        assertThat(rows.get(0).cells()).containsExactly("period", "value", "note");
        assertThat(rows.get(1).cells()).containsExactly("2025-03", "1250", "from the CID's register");
        assertThat(rows.get(2).cells()).containsExactly("", "12.5", "25", "", "TRUE");
        assertThat(rows.get(2).cell(0)).isEmpty();
        assertThat(rows.get(2).cell(9)).isEmpty();
        assertThat(rows.get(3).cell(1)).isEqualTo("1234.567");
    }

    @Test
    void isAFormatByItsFileNameAndCountsItsRowsLessTheHeader() throws IOException {
        assertThat(ImportFormat.of("Statistics 2025.XLSX")).isEqualTo(ImportFormat.XLSX);
        assertThatThrownBy(() -> ImportFormat.of("old.xls")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".xlsx");
        assertThat(ImportEngine.countRows(new ByteArrayInputStream(workbook()), ImportFormat.XLSX)).isEqualTo(3);
    }

    @Test
    void aFileThatIsNotAWorkbookIsUnreadableWithAMessage() {
        assertThatThrownBy(() -> XlsxRows.read(new ByteArrayInputStream("member,period\n".getBytes(
                StandardCharsets.UTF_8)), row -> { })).isInstanceOf(XlsxRows.Unreadable.class)
                .hasMessageStartingWith("the file is not an Excel workbook (.xlsx) that can be read");
    }
}
