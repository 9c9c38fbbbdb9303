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
    void chineseGivenNameSyllablesKeyedByCharacter() {
        VariantGroups given = VariantGroups.perCharacter(RuleFile.fields("chinese-given-names.txt"), "gn:");
        for (String spelling : new String[] {"wei", "wee", "wai", "伟", "偉"}) {
            assertThat(given.keys(spelling)).as(spelling).contains("gn:wei/伟");
        }
        // Mandarin "hui" is 慧 or 辉; Cantonese keeps them apart.
        assertThat(given.keys("hui")).contains("gn:hui/慧", "gn:hui/辉");
        assertThat(given.keys("fai")).containsExactly("gn:hui/辉");
        assertThat(given.keys("wai")).doesNotContain("gn:hui/辉");
        assertThat(given.spellings("gn:ming/明")).containsExactlyInAnyOrder("ming", "beng", "meng");
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
