package org.eads.sharing;

/** What a principal may know of a record. */
public enum Access {
    /** The whole record. */
    FULL,
    /** Only that the owner holds a possible match (HIT_NO_HIT records, in search results). */
    HIT_ONLY,
    /** Nothing: the record does not exist for this principal. */
    NONE
}
