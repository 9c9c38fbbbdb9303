package org.eads.crisis;

import org.eads.records.RecordType;

/** An item of intelligence noted on a crisis, and the kind of shared record it would become. */
public enum IntelligenceKind {
    SUSPECT_NAME("Suspect name", RecordType.PERSON),
    VEHICLE_PLATE("Vehicle plate", RecordType.VEHICLE),
    PHONE("Phone number", RecordType.INDICATOR);

    private final String label;
    private final RecordType recordType;

    IntelligenceKind(String label, RecordType recordType) {
        this.label = label;
        this.recordType = recordType;
    }

    public String label() {
        return label;
    }

    /** The type of shared record that holds such an item. */
    public RecordType recordType() {
        return recordType;
    }
}
