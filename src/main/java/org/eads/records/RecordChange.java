package org.eads.records;

import java.util.UUID;

/** One committed entry of the change sequence: the record changed, in transaction {@code xid}. */
public record RecordChange(long seq, UUID recordId, long xid) {
}
