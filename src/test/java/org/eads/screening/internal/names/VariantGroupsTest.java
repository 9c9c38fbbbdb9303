package org.eads.screening.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariantGroupsTest {

    private final VariantGroups equivalents = new VariantGroups(RuleFile.fields("equivalence-classes.txt"), "eq:");
    private final VariantGroups surnames = new VariantGroups(RuleFile.fields("chinese-surnames.txt"), "cn:");

    @Test
    void malayAndArabicSpellingsOfMuhammadShareOneKey() {
        for (String spelling : new String[] {"mohd", "muhd", "md", "muhammad", "mohamed", "mohammad"}) {
            assertThat(equivalents.keys(spelling)).as(spelling).contains("eq:muhammad");
        }
        assertThat(equivalents.keys("ng")).contains("eq:nguyen");
    }

    @Test
    void chineseSurnamesAcrossDialectsAndCharacters() {
        for (String spelling : new String[] {"chen", "tan", "chan", "tang", "陈", "陳"}) {
            assertThat(surnames.keys(spelling)).as(spelling).contains("cn:chen");
        }
        for (String spelling : new String[] {"huang", "wong", "oei", "ng", "黄"}) {
            assertThat(surnames.keys(spelling)).as(spelling).contains("cn:huang");
        }
        assertThat(surnames.keys("ng")).contains("cn:huang", "cn:wu");
        assertThat(surnames.keys("lim")).containsExactly("cn:lin");
        assertThat(surnames.keys("smith")).isEmpty();
    }
}
