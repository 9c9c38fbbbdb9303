package org.eads.records;

import java.util.List;

/** Everything the record page shows of one record, read and audited as one view. */
public record RecordDossier(SharedRecord record, List<RecordVersion> history, List<RecordLink> links,
                            boolean mayChange) {
}
