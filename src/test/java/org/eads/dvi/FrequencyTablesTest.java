package org.eads.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.eads.dvi.internal.FrequencyTables;
import org.eads.dvi.internal.dna.AlleleFrequencies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FrequencyTablesTest {

    @Autowired FrequencyTables tables;

    @Test
    void theShippedTableIsLoadedOnceAndReadsBackAsWritten() {
        tables.loadShipped();
        long id = tables.find("East Asia 2023").orElseThrow();
        assertThat(tables.list()).anyMatch(t -> t.id() == id && t.loci() == 40);
        AlleleFrequencies t = tables.get(id);
        assertThat(t.of("TPOX", "8")).isEqualTo(0.529882);
        assertThat(t.of("vWA", "99")).isEqualTo(0.001);
    }

    @Test
    void aBadTableNamesItsLineAndLoadsNothing() {
        String name = "Bad " + System.nanoTime();
        assertThatThrownBy(() -> tables.load(name, 0.001, "test", new StringReader("TH01\n6\t0.2\n7\tmany\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
        assertThat(tables.find(name)).isEmpty();
    }
}
