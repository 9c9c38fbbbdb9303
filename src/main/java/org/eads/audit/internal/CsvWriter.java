package org.eads.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

/**
 * Writes audit entries as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled).
 */
public final class CsvWriter {

    /** Makes spreadsheet programs read the file as UTF-8: names and details come in Thai, Khmer, Burmese, ... */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    static final String HEADER = "seq,at,user_id,username,member_code,agency_id,action,object_type,object_id,"
            + "purpose,client_address,outcome,details,prev_hash,hash";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void header() {
        write(BYTE_ORDER_MARK + HEADER + "\r\n");
    }

    public void entry(AuditEntry e) {
        String[] fields = {Long.toString(e.seq()), DateTimeFormatter.ISO_INSTANT.format(e.at()),
                text(e.userId()), e.username(), e.memberCode(), text(e.agencyId()), e.action(), e.objectType(),
                e.objectId(), e.purpose(), e.clientAddress(), e.outcome(), e.details(), e.prevHash(), e.hash()};
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields[i]));
        }
        write(line.append("\r\n").toString());
    }

    /**
     * One field. Text that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage return)
     * gets a leading apostrophe: details hold what users typed, and an auditor's spreadsheet must not execute it.
     */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
