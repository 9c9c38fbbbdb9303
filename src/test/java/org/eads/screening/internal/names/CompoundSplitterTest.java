package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompoundSplitterTest {

    private final CompoundSplitter splitter = new CompoundSplitter(RuleFile.lines("compound-prefixes.txt"));

    @Test
    void joinedPrefixesAreSplit() {
        assertThat(splitter.split(TitleFilterTest.words("juan", "delacruz"))).extracting(NameWord::key)
                .containsExactly("juan", "dela", "cruz");
        assertThat(splitter.split(TitleFilterTest.words("abdulrahman"))).extracting(NameWord::key)
                .containsExactly("abdul", "rahman");
    }

    @Test
    void shortRestsAreLeftAlone() {
        assertThat(splitter.split(TitleFilterTest.words("abdul", "delan"))).extracting(NameWord::key)
                .containsExactly("abdul", "delan");
    }
}
