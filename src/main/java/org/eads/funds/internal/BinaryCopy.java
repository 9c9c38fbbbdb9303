package org.eads.funds.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Rows in PostgreSQL's binary COPY format, so that the database reads numbers, times and amounts as they are instead
 * of parsing their text: a header, then per row its field count and each field's length and bytes, then a trailer.
 */
final class BinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** Microseconds from the Unix epoch to PostgreSQL's, 2000-01-01 UTC. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private final ByteArrayOutputStream bytes;
    private final DataOutputStream out;

    BinaryCopy(int rows) {
        bytes = new ByteArrayOutputStream(rows * 160);
        out = new DataOutputStream(bytes);
        try {
            out.write(SIGNATURE);
            out.writeInt(0);
            out.writeInt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BinaryCopy row(int fields) throws IOException {
        out.writeShort(fields);
        return this;
    }

    BinaryCopy int8(long value) throws IOException {
        out.writeInt(8);
        out.writeLong(value);
        return this;
    }

    BinaryCopy text(String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return this;
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
        return this;
    }

    BinaryCopy timestamptz(Instant at) throws IOException {
        out.writeInt(8);
        out.writeLong(at.getEpochSecond() * 1_000_000L + at.getNano() / 1000 - POSTGRES_EPOCH_MICROS);
        return this;
    }

    /** A positive or zero decimal as PostgreSQL's numeric: base-10,000 digits, the first one's weight, the scale. */
    BinaryCopy numeric(BigDecimal value) throws IOException {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("negative amounts are not written");
        }
        int scale = Math.max(0, value.scale());
        String plain = value.setScale(scale).toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        whole = "0".repeat((4 - whole.length() % 4) % 4) + whole;
        fraction = fraction + "0".repeat((4 - fraction.length() % 4) % 4);
        String all = whole + fraction;
        int groups = all.length() / 4;
        int wholeGroups = whole.length() / 4;
        short[] digits = new short[groups];
        for (int g = 0; g < groups; g++) {
            digits[g] = Short.parseShort(all.substring(g * 4, g * 4 + 4));
        }
        int first = 0;
        while (first < groups && digits[first] == 0) {
            first++;
        }
        int last = groups - 1;
        while (last >= first && digits[last] == 0) {
            last--;
        }
        int count = Math.max(0, last - first + 1);
        out.writeInt(8 + 2 * count);
        out.writeShort(count);
        out.writeShort(count == 0 ? 0 : wholeGroups - 1 - first);
        out.writeShort(0);
        out.writeShort(scale);
        for (int g = first; g <= last; g++) {
            out.writeShort(digits[g]);
        }
        return this;
    }

    /** The whole stream, trailer included. */
    byte[] finish() {
        try {
            out.writeShort(-1);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
