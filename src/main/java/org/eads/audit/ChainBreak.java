package org.eads.audit;

/** The first place where the audit chain is not what the writer left: which entry, and what is wrong with it. */
public record ChainBreak(long seq, Problem problem, String description) {

    public enum Problem {
        /** The entry's fields no longer give its stored hash: it was changed after it was written. */
        CHANGED_CONTENT,
        /** The entry does not point to the hash of the entry before it: that one was changed, or replaced. */
        BROKEN_LINK,
        /** A sequence number is missing: the entry was removed (or the chain does not start at 1). */
        MISSING_ENTRY,
        /** The head does not name the last entry: entries were removed from the end, or added around the writer. */
        HEAD_MISMATCH,
        /** An entry numbered before the start of the chain: the writer never writes one. */
        UNEXPECTED_ENTRY,
        /** The entry no longer has the hash noted down outside the database: the chain was rewritten up to it. */
        ANCHOR_MISMATCH
    }
}
