package org.eads.records.internal.web;

import org.eads.records.InvalidRecordException;
import org.eads.records.RecordFilter;
import org.eads.records.RecordType;
import org.eads.sharing.SharingLevel;

/**
 * The list filter as the list page, the API and both exports take it from a request. One place turns it into a
 * {@link RecordFilter}, so the page's export buttons and the API export the same rows for the same parameters.
 */
record FilterParams(RecordType type, String owner, SharingLevel sharingLevel, String q) {

    static final int MAX_TEXT = 200;

    FilterParams {
        owner = owner == null || owner.isBlank() ? null : owner.strip().toUpperCase();
        q = q == null || q.isBlank() ? null : q.strip();
    }

    /** The filter, or the field that cannot be searched for. */
    RecordFilter toFilter() {
        if (q != null && q.length() > MAX_TEXT) {
            throw new InvalidRecordException("q", "must be at most " + MAX_TEXT + " characters");
        }
        if (q != null && q.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRecordException("q", "must not contain control characters");
        }
        if (owner != null && (owner.length() > 20 || owner.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidRecordException("owner", "must be a member code such as MYS or INTERPOL");
        }
        return new RecordFilter(type, owner, sharingLevel, q, null);
    }
}
