package org.eads.screening.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.eads.records.RecordType;
import org.eads.screening.internal.names.NameToken;
import org.eads.screening.internal.names.NameTokenCodec;
import org.eads.sharing.RecordSharing;
import org.eads.sharing.SharingLevel;

/**
 * What the scorer and the sharing check need of one record, kept in the index as a single binary doc value: read
 * straight from the memory-mapped index for each candidate, where stored fields would decompress a block each.
 *
 * @param names each name form as written, with its normalised tokens
 */
record CandidateFacts(UUID id, RecordType type, String label, RecordSharing sharing, List<String> identifierKeys,
                      String dateOfBirth, String sex, List<String> nationalities, List<NameForm> names) {

    /** A name form of the record and its tokens, normalised when the record was indexed. */
    record NameForm(String written, List<NameToken> tokens) {
    }

    BytesRef encode() {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeLong(id.getMostSignificantBits());
            out.writeLong(id.getLeastSignificantBits());
            out.writeString(type.name());
            out.writeString(label);
            out.writeString(sharing.ownerMember());
            out.writeString(sharing.level().name());
            writeList(out, List.copyOf(sharing.sharedWith()));
            writeList(out, identifierKeys);
            out.writeString(dateOfBirth == null ? "" : dateOfBirth);
            out.writeString(sex == null ? "" : sex);
            writeList(out, nationalities);
            out.writeVInt(names.size());
            for (NameForm n : names) {
                out.writeString(n.written());
                out.writeString(NameTokenCodec.encode(n.tokens()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    static CandidateFacts decode(BytesRef bytes) {
        try {
            return read(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CandidateFacts read(DataInput in) throws IOException {
        UUID id = new UUID(in.readLong(), in.readLong());
        RecordType type = RecordType.valueOf(in.readString());
        String label = in.readString();
        String owner = in.readString();
        SharingLevel level = SharingLevel.valueOf(in.readString());
        Set<String> sharedWith = Set.copyOf(readList(in));
        List<String> keys = readList(in);
        String dob = in.readString();
        String sex = in.readString();
        List<String> nationalities = readList(in);
        int count = in.readVInt();
        List<NameForm> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(new NameForm(in.readString(), NameTokenCodec.decode(in.readString())));
        }
        return new CandidateFacts(id, type, label, new RecordSharing(owner, level, sharedWith), keys,
                dob.isEmpty() ? null : dob, sex.isEmpty() ? null : sex, nationalities, names);
    }

    private static void writeList(DataOutput out, List<String> values) throws IOException {
        out.writeVInt(values.size());
        for (String v : values) {
            out.writeString(v);
        }
    }

    private static List<String> readList(DataInput in) throws IOException {
        int n = in.readVInt();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(in.readString());
        }
        return values;
    }
}
