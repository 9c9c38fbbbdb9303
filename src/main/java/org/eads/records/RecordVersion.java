package org.eads.records;

import java.time.Instant;

/** One version of a record: who changed it, when, how, and the whole record as it was then (JSON). */
public record RecordVersion(int version, String change, String changedBy, Instant changedAt, String snapshotJson) {
}
