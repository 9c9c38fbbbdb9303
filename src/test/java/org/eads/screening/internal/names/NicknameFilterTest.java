package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NicknameFilterTest {

    private final NicknameFilter filter = new NicknameFilter(Set.copyOf(RuleFile.lines("thai-nicknames.txt")));

    @Test
    void nicknamesInQuotesOrParenthesesAreDropped() {
        List<RemovedPart> removed = new ArrayList<>();
        assertThat(filter.strip("Somchai 'Lek' Jaidee", removed).split("\\s+")).containsExactly("Somchai", "Jaidee");
        assertThat(filter.strip("Somchai (Nok) Jaidee", removed).split("\\s+")).containsExactly("Somchai", "Jaidee");
        assertThat(filter.strip("สมชาย \"เล็ก\" ใจดี", removed).split("\\s+")).containsExactly("สมชาย", "ใจดี");
        assertThat(removed).extracting(RemovedPart::kind).containsOnly(RemovedPart.Kind.NICKNAME);
    }

    @Test
    void otherQuotedWordsAndApostrophesStay() {
        List<RemovedPart> removed = new ArrayList<>();
        assertThat(filter.strip("Maria (Santos) Reyes", removed).split("\\s+"))
                .containsExactly("Maria", "Santos", "Reyes");
        assertThat(filter.strip("Dato' Lee 'Ah' Kow", removed)).contains("Dato'").contains("Ah");
        assertThat(removed).isEmpty();
    }
}
