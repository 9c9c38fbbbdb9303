package org.eads.alerts;

import java.util.UUID;

/**
 * A record a notice refers to, as one viewer may see it: with its label and type when the record's sharing lets the
 * viewer see it; otherwise only whose record it is ({@code label} and {@code type} null, {@code id} null too, so
 * that nothing of it can be looked up).
 */
public record ReferencedRecord(UUID id, String label, String type, String ownerMember, boolean shown,
                               boolean available) {

    /** What a page says of it. */
    public String text() {
        if (shown) {
            return label;
        }
        return available ? "a record of " + ownerMember + " (not shared with you)"
                : "a record of " + ownerMember + " (no longer available)";
    }
}
