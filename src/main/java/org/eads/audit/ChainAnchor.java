package org.eads.audit;

/**
 * An entry's hash as it was noted down outside the database (printed by {@code eads audit verify}, kept by the
 * Secretariat). The hash of entry {@code seq} covers every entry up to it, so one anchor is enough to show that none
 * of them was rewritten since, even by someone who recomputed every hash after a change.
 */
public record ChainAnchor(long seq, String hash) {

    public ChainAnchor {
        if (seq < 1 || hash == null || hash.isBlank()) {
            throw new IllegalArgumentException("An anchor names an entry (1 or more) and its hash");
        }
    }

    /** Reads {@code SEQ:HASH}, as the command line takes it. */
    public static ChainAnchor parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("An anchor is SEQ:HASH, for example 1042:9f86d0...; got " + text);
        }
        try {
            return new ChainAnchor(Long.parseLong(text.substring(0, colon).trim()),
                    text.substring(colon + 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("An anchor starts with the entry number: " + text, e);
        }
    }

    @Override
    public String toString() {
        return seq + ":" + hash;
    }
}
