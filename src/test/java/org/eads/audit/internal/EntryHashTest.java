package org.eads.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class EntryHashTest {

    private static final AuditEntry ENTRY = new AuditEntry(1, Instant.parse("2026-11-23T10:15:30.123456Z"), 42L,
            "somchai.j", "THA", null, "SEARCH", "PERSON", null, "", "10.0.0.1", "OK", "name=สมชาย",
            EntryHash.GENESIS, null);

    /** Computed apart from e-ADS (a few lines of Python, as in docs/AUDIT.md): the documented form is the real one. */
    @Test
    void matchesTheDocumentedCanonicalForm() {
        assertThat(EntryHash.of(ENTRY)).isEqualTo("c36d3f053a49e1bfa7630bff7b894563c7222d9198a13908732a781e3c7ef180");
    }

    @Test
    void everyFieldCounts() {
        String original = EntryHash.of(ENTRY);
        assertThat(EntryHash.of(new AuditEntry(1, ENTRY.at().plusNanos(1000), 42L, "somchai.j", "THA", null,
                "SEARCH", "PERSON", null, "", "10.0.0.1", "OK", "name=สมชาย", EntryHash.GENESIS, null)))
                .isNotEqualTo(original);
        assertThat(EntryHash.of(new AuditEntry(1, ENTRY.at(), 42L, "somchai.j", "THA", null, "SEARCH", "PERSON",
                null, null, "10.0.0.1", "OK", "name=สมชาย", EntryHash.GENESIS, null))).isNotEqualTo(original);
        assertThat(EntryHash.of(ENTRY.withHash("ignored"))).isEqualTo(original);
    }

    @Test
    void textCannotMoveFromOneFieldToTheNext() {
        AuditEntry a = new AuditEntry(2, ENTRY.at(), null, "ab", "c", null, "SEARCH", null, null, null, null, "OK",
                null, "x", null);
        AuditEntry b = new AuditEntry(2, ENTRY.at(), null, "a", "bc", null, "SEARCH", null, null, null, null, "OK",
                null, "x", null);
        assertThat(EntryHash.of(a)).isNotEqualTo(EntryHash.of(b));
    }
}
