package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eads.stats.internal.rules.AcceptedHistory;
import org.eads.stats.internal.rules.Expression;
import org.eads.stats.internal.rules.ExpressionParser;
import org.eads.stats.internal.rules.RuleEngine;
import org.junit.jupiter.api.Test;

/** The rule language on its own: what it reads, what it refuses and why, and how it computes. */
class StatsExpressionTest {

    private static final Map<String, List<String>> KNOWN = Map.of("CASES", List.of(), "VICTIMS", List.of("SEX"),
            "PROSECUTED", List.of("SEX"));
    private static final Classification CLASSIFICATION = new Classification(1, 2000, "test", null, Instant.EPOCH,
            List.of(new CrimeArea("FRAUD", "Fraud", 1, List.of("0701"), List.of(), List.of("CASES", "VICTIMS"))),
            Map.of("CASES", new Indicator("CASES", "Cases", "count", Periodicity.MONTH, List.of(), 1),
                    "VICTIMS", new Indicator("VICTIMS", "Victims", "persons", Periodicity.MONTH, List.of("SEX"), 2)),
            Map.of("SEX", List.of(new DimensionValue("SEX", "F", "Female", 1), new DimensionValue("SEX", "M", "Male", 2))));
    private static final Period MARCH = Period.month(2024, 3);

    private static String reread(String text) {
        return ExpressionParser.parse(text, KNOWN).text();
    }

    @Test
    void readsValuesNumbersFunctionsAndArithmeticWithTheUsualPrecedence() {
        assertThat(reread("cases")).isEqualTo("CASES");
        assertThat(reread(" VICTIMS [ sex = * ] ")).isEqualTo("VICTIMS[SEX=*]");
        assertThat(reread("VICTIMS[SEX=F]")).isEqualTo("VICTIMS[SEX=F]");
        assertThat(reread("1 + 2 * CASES - 3")).isEqualTo("1 + 2 * CASES - 3");
        assertThat(reread("(1 + 2) * CASES")).isEqualTo("(1 + 2) * CASES");
        assertThat(reread("CASES - (VICTIMS - 1)")).isEqualTo("CASES - (VICTIMS - 1)");
        assertThat(reread("abs(TOTAL - previous_year(TOTAL))")).isEqualTo("ABS(TOTAL - PREVIOUS_YEAR(TOTAL))");
        assertThat(reread("MAX(0.5 * PREVIOUS_YEAR(VICTIMS[SEX=*]), 10, CASES)"))
                .isEqualTo("MAX(0.5 * PREVIOUS_YEAR(VICTIMS[SEX=*]), 10, CASES)");
        assertThat(reread("HISTORY_MEAN(CASES) + 3 * HISTORY_SD(VALUE)"))
                .isEqualTo("HISTORY_MEAN(CASES) + 3 * HISTORY_SD(VALUE)");
        assertThat(reread("-CASES")).isEqualTo("-CASES");
        assertThat(ExpressionParser.parse("1 + 2 * 3", KNOWN)).isEqualTo(new Expression.Binary('+',
                new Expression.Number(1), new Expression.Binary('*', new Expression.Number(2), new Expression.Number(3))));
    }

    @Test
    void saysWhatIsWrongAndWhere() {
        assertThatThrownBy(() -> ExpressionParser.parse("CONVICTD <= 1", KNOWN))
                .hasMessageStartingWith("at character 1: 'CONVICTD' is not an indicator");
        assertThatThrownBy(() -> ExpressionParser.parse("VICTIMS[AGE=*]", KNOWN))
                .hasMessage("at character 9: 'AGE' is not a dimension of VICTIMS: its dimensions are SEX");
        assertThatThrownBy(() -> ExpressionParser.parse("CASES[SEX=F]", KNOWN))
                .hasMessage("at character 7: 'SEX' is not a dimension of CASES, which has only a total");
        assertThatThrownBy(() -> ExpressionParser.parse("HISTORY_MEAN(VICTIMS[SEX=*])", KNOWN))
                .hasMessageContaining("HISTORY_MEAN takes one value such as CASES");
        assertThatThrownBy(() -> ExpressionParser.parse("PREVIOUS_YEAR(1 + CASES)", KNOWN))
                .hasMessageContaining("PREVIOUS_YEAR takes a value");
        assertThatThrownBy(() -> ExpressionParser.parse("SQRT(CASES)", KNOWN))
                .hasMessageContaining("'SQRT' is not a function");
        assertThatThrownBy(() -> ExpressionParser.parse("MAX(CASES)", KNOWN))
                .hasMessageContaining("MAX takes two or more numbers");
        assertThatThrownBy(() -> ExpressionParser.parse("(CASES + 1", KNOWN))
                .hasMessage("at character 11: ')' is expected");
        assertThatThrownBy(() -> ExpressionParser.parse("CASES 2", KNOWN))
                .hasMessage("at character 7: unexpected '2'");
        assertThatThrownBy(() -> ExpressionParser.parse(" ", KNOWN)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> RuleEngine.compile(rule("VALUE", ">=", "TOTAL"), KNOWN))
                .hasMessageContaining("VALUE cannot be mixed with TOTAL or PARTS");
    }

    @Test
    void computesWithTheValuesOfTheSameCrimeAreaAndSkipsARuleWithAMissingOperand() {
        Map<Classification.Cell, ReportedValue> values = values("CASES", "", "10", "VICTIMS", "SEX=F", "4",
                "VICTIMS", "SEX=M", "3");
        assertThat(fires("VICTIMS[SEX=*] * 2 - 1", ">", "CASES + 2", values)).isFalse();
        assertThat(fires("VICTIMS[SEX=*] * 2 - 1", "<", "CASES + 2", values)).isTrue();
        assertThat(fires("(CASES - VICTIMS[SEX=F]) / 2", "=", "3", values)).isFalse();
        assertThat(fires("(CASES - VICTIMS[SEX=F]) / 2", "!=", "3", values)).isTrue();
        assertThat(fires("MIN(CASES, 3)", "<", "MAX(1, 2)", values)).isTrue();
        assertThat(fires("ABS(-CASES)", "=", "10", values)).isFalse();
        // a total that was not reported, or not available, is missing: the rule is not evaluated
        assertThat(fires("VICTIMS", ">", "CASES", values)).isFalse();
        assertThat(fires("VICTIMS", "<", "CASES", values)).isFalse();
        assertThat(fires("CASES / (VICTIMS[SEX=F] - 4)", "<", "0", values)).isFalse();
        assertThat(fires("CASES", ">", "0", values("CASES", "", "NA"))).isFalse();
        assertThat(fires("CASES", ">", "0", values("CASES", "", "0"))).isTrue();
        // a sum of parts needs every part
        assertThat(fires("VICTIMS[SEX=*]", "<", "100", values("VICTIMS", "SEX=F", "4"))).isFalse();
        assertThat(fires("VICTIMS[SEX=*]", ">", "100", values("VICTIMS", "SEX=F", "4", "VICTIMS", "SEX=M", "NA")))
                .isFalse();
    }

    @Test
    void anIssueNamesTheValueTheRuleAndTheNumbers() {
        List<ValidationIssue> issues = RuleEngine.evaluate(List.of(RuleEngine.compile(rule("VICTIMS[SEX=*]", "<=",
                "CASES * 0.5"), KNOWN)), CLASSIFICATION, MARCH, values("CASES", "", "10", "VICTIMS", "SEX=F", "4",
                "VICTIMS", "SEX=M", "3"), AcceptedHistory.EMPTY);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.crimeArea()).isEqualTo("FRAUD");
            assertThat(i.indicator()).isEqualTo("VICTIMS");
            assertThat(i.disaggregation()).isEmpty();
            assertThat(i.message()).isEqualTo("Fraud, Victims: A test rule. VICTIMS[SEX=*] is 7, CASES is 10: "
                    + "VICTIMS[SEX=*] <= CASES * 0.5 does not hold");
        });
    }

    private static boolean fires(String left, String operator, String right,
                                 Map<Classification.Cell, ReportedValue> values) {
        return !RuleEngine.evaluate(List.of(RuleEngine.compile(rule(left, operator, right), KNOWN)), CLASSIFICATION,
                MARCH, values, AcceptedHistory.EMPTY).isEmpty();
    }

    private static ValidationRule rule(String left, String operator, String right) {
        return new ValidationRule("TEST", "A test rule", null, left, operator, right,
                ValidationRule.Severity.BLOCKING, true, null, null);
    }

    /** Values of the FRAUD area: indicator, disaggregation, text, repeated. */
    private static Map<Classification.Cell, ReportedValue> values(String... triples) {
        Map<Classification.Cell, ReportedValue> out = new HashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            BigDecimal v = triples[i + 2].equals("NA") ? null : new BigDecimal(triples[i + 2]);
            ReportedValue r = ReportedValue.of("FRAUD", triples[i], triples[i + 1], v, null);
            out.put(r.cell(), r);
        }
        return out;
    }
}
