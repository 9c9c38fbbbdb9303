package org.eads.records;

import org.eads.sharing.SharingLevel;

/**
 * What a list asks for; every part is optional. {@code text} matches the record's label (names, numbers);
 * {@code mine} keeps the records of the viewer's own member.
 */
public record RecordFilter(RecordType type, String owner, SharingLevel sharingLevel, String text, Boolean dueForReview) {

    public static RecordFilter all() {
        return new RecordFilter(null, null, null, null, null);
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (type != null) sb.append("type=").append(type).append(' ');
        if (owner != null) sb.append("owner=").append(owner).append(' ');
        if (sharingLevel != null) sb.append("level=").append(sharingLevel).append(' ');
        if (text != null) sb.append("text=").append(text).append(' ');
        if (Boolean.TRUE.equals(dueForReview)) sb.append("dueForReview ");
        return sb.toString().strip();
    }
}
