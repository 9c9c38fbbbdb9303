package org.eads.records;

import java.util.List;

import org.eads.records.internal.RecordStore;

/** New records made ready to be written in bulk by {@link Records#prepareImport}. */
public final class PreparedImport {

    private final List<SharedRecord> records;
    private final RecordStore.CopyRows rows;

    PreparedImport(List<SharedRecord> records, RecordStore.CopyRows rows) {
        this.records = List.copyOf(records);
        this.rows = rows;
    }

    public int size() {
        return records.size();
    }

    List<SharedRecord> records() {
        return records;
    }

    RecordStore.CopyRows rows() {
        return rows;
    }
}
