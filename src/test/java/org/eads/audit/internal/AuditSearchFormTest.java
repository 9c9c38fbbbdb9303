package org.eads.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.eads.audit.AuditAction;
import org.junit.jupiter.api.Test;

class AuditSearchFormTest {

    @Test
    void anEmptyFormIsNoFilter() {
        AuditSearchForm.Parsed parsed = new AuditSearchForm(null, " ", "", null, "", null).parse();
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.filter()).isEqualTo(AuditFilter.NONE);
        assertThat(parsed.filter().describe()).isEqualTo("no filter");
    }

    @Test
    void readsEveryField() {
        AuditSearchForm.Parsed parsed = new AuditSearchForm(" ana ", "phl", "search", "2026-11-01", "2026-11-23",
                "P-1").parse();
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.filter()).isEqualTo(new AuditFilter("ana", "PHL", AuditAction.SEARCH,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 23), "P-1"));
        assertThat(parsed.filter().describe())
                .isEqualTo("username=ana member=PHL action=SEARCH from=2026-11-01 to=2026-11-23 objectId=P-1");
    }

    @Test
    void explainsWhatIsWrong() {
        AuditSearchForm.Parsed parsed = new AuditSearchForm(null, null, "DROP", "1/11/2026", "2026-13-01", null)
                .parse();
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).containsExactly("Unknown action \"DROP\".",
                "\"From\" is not a date: write it as YYYY-MM-DD, for example 2026-11-23.",
                "\"To\" is not a date: write it as YYYY-MM-DD, for example 2026-11-23.");
        assertThat(new AuditSearchForm(null, null, null, "2026-11-24", "2026-11-23", null).parse().errors())
                .containsExactly("The \"From\" date is after the \"To\" date.");
    }
}
