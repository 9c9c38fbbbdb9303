package org.eads.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plainTextIsWrittenAsIs() {
        assertThat(CsvWriter.field("RECORD_VIEW")).isEqualTo("RECORD_VIEW");
        assertThat(CsvWriter.field("Nguyễn Văn A")).isEqualTo("Nguyễn Văn A");
        assertThat(CsvWriter.field(null)).isEmpty();
        assertThat(CsvWriter.field("")).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.field("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(CsvWriter.field("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
    }

    @Test
    void formulasAreDefused() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.field("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.field("-1")).isEqualTo("'-1");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.field("a=b")).isEqualTo("a=b");
    }

    @Test
    void writesAHeaderAndOneLinePerEntry() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.header();
        csv.entry(new AuditEntry(7, Instant.parse("2026-11-23T10:15:30.123456Z"), 3L, "ana", "PHL", null,
                "SEARCH", "PERSON", "P-1", null, "10.1.2.3", "OK", "name=dela Cruz, Juan", "aa", "bb"));
        assertThat(out.toString()).isEqualTo("\uFEFF" + CsvWriter.HEADER + "\r\n"
                + "7,2026-11-23T10:15:30.123456Z,3,ana,PHL,,SEARCH,PERSON,P-1,,10.1.2.3,OK,\"name=dela Cruz, Juan\","
                + "aa,bb\r\n");
    }
}
