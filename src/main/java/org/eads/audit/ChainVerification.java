package org.eads.audit;

/**
 * The outcome of walking the audit chain: how many entries were read, the head (sequence number and hash, worth
 * noting down outside the database as a {@link ChainAnchor}), and the first break, or null when the chain is intact.
 */
public record ChainVerification(long entriesChecked, long headSeq, String headHash, ChainBreak firstBreak) {

    public boolean intact() {
        return firstBreak == null;
    }

    /** One line for people: the count and, if any, the first break. */
    public String summary() {
        if (intact()) {
            return "Audit chain intact: " + entriesChecked + " entries checked, head " + headSeq + ":" + headHash
                    + ".";
        }
        return "Audit chain BROKEN at entry " + firstBreak.seq() + " (" + firstBreak.problem() + "): "
                + firstBreak.description() + " " + entriesChecked + " entries checked.";
    }
}
