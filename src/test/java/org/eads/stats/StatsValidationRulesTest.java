package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.stats.internal.rules.AcceptedHistory;
import org.eads.stats.internal.rules.RuleEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Each seeded rule as the migration wrote it, firing and not firing, evaluated on values and an accepted history
 * held in memory; and the Secretariat maintaining rules.
 */
@SpringBootTest
class StatsValidationRulesTest {

    @Autowired ValidationRules rules;
    @Autowired Classifications classifications;
    @Autowired Users users;

    private static final Period MARCH = Period.month(2024, 3);
    private static final Period Q2 = Period.quarter(2024, 2);

    private List<ValidationIssue> check(String rule, Period period, Map<Classification.Cell, ReportedValue> values,
                                        AcceptedHistory history) {
        RuleEngine.CompiledRule compiled = rules.active().stream().filter(r -> r.rule().code().equals(rule))
                .findFirst().orElseThrow();
        return RuleEngine.evaluate(List.of(compiled), classifications.inForce(period.year()), period, values, history);
    }

    /** Values as area, indicator, disaggregation, text (NA for not available), note (or null), repeated. */
    private static Map<Classification.Cell, ReportedValue> values(String... fields) {
        Map<Classification.Cell, ReportedValue> out = new HashMap<>();
        for (int i = 0; i < fields.length; i += 5) {
            BigDecimal v = fields[i + 3].equals("NA") ? null : new BigDecimal(fields[i + 3]);
            ReportedValue r = ReportedValue.of(fields[i], fields[i + 1], fields[i + 2], v, fields[i + 4]);
            out.put(r.cell(), r);
        }
        return out;
    }

    @Test
    void noNegativeValueBlocksEveryNegativeValueTotalOrPart() {
        assertThat(check("NO_NEGATIVE_VALUE", MARCH, values("TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=F", "-1", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "", "3", null), AcceptedHistory.EMPTY))
                .singleElement().satisfies(i -> {
                    assertThat(i.severity()).isEqualTo(ValidationRule.Severity.BLOCKING);
                    assertThat(i.disaggregation()).isEqualTo("SEX=F");
                    assertThat(i.message()).isEqualTo("Trafficking in persons, Victims, Female: Counts and amounts "
                            + "cannot be negative. VALUE is -1: VALUE >= 0 does not hold");
                });
        assertThat(check("NO_NEGATIVE_VALUE", MARCH, values("FRAUD", "CASES", "", "0", null,
                "FRAUD", "AMOUNT_LOST", "", "NA", null), AcceptedHistory.EMPTY)).isEmpty();
    }

    @Test
    void convictedAboveProsecutedBlocksAndIsNotEvaluatedWithoutBoth() {
        assertThat(check("CONVICTED_NOT_ABOVE_PROSECUTED", Q2, values("DRUG_TRAFFICKING", "PROSECUTED", "", "10", null,
                "DRUG_TRAFFICKING", "CONVICTED", "", "12", null), AcceptedHistory.EMPTY))
                .singleElement().satisfies(i -> {
                    assertThat(i.indicator()).isEqualTo("CONVICTED");
                    assertThat(i.message()).isEqualTo("Illicit drug trafficking, Persons convicted: Persons convicted "
                            + "cannot outnumber persons prosecuted in the same period. CONVICTED is 12, PROSECUTED is "
                            + "10: CONVICTED <= PROSECUTED does not hold");
                });
        assertThat(check("CONVICTED_NOT_ABOVE_PROSECUTED", Q2, values("DRUG_TRAFFICKING", "PROSECUTED", "", "12", null,
                "DRUG_TRAFFICKING", "CONVICTED", "", "12", null), AcceptedHistory.EMPTY)).isEmpty();
        assertThat(check("CONVICTED_NOT_ABOVE_PROSECUTED", Q2, values("DRUG_TRAFFICKING", "CONVICTED", "", "12", null),
                AcceptedHistory.EMPTY)).isEmpty();
        assertThat(check("CONVICTED_NOT_ABOVE_PROSECUTED", Q2, values("DRUG_TRAFFICKING", "PROSECUTED", "", "NA", null,
                "DRUG_TRAFFICKING", "CONVICTED", "", "12", null), AcceptedHistory.EMPTY)).isEmpty();
        assertThat(check("CONVICTED_NOT_ABOVE_PROSECUTED", Q2, values("DRUG_TRAFFICKING", "PROSECUTED", "", "0", null,
                "DRUG_TRAFFICKING", "CONVICTED", "", "1", null), AcceptedHistory.EMPTY)).hasSize(1);
    }

    @Test
    void eachDimensionsPartsSumToTheTotalWhenEveryPartIsGiven() {
        assertThat(check("PARTS_SUM_TO_TOTAL", MARCH, values("TRAFFICKING_IN_PERSONS", "VICTIMS", "", "10", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=F", "6", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=M", "3", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=U", "0", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "AGE_GROUP=CHILD", "4", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "AGE_GROUP=ADULT", "6", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "AGE_GROUP=U", "0", null), AcceptedHistory.EMPTY))
                .singleElement().satisfies(i -> assertThat(i.message()).isEqualTo("Trafficking in persons, Victims by "
                        + "SEX: When every part of a breakdown is given, the parts add up to the total. PARTS (by SEX) "
                        + "is 9, TOTAL is 10: PARTS = TOTAL does not hold"));
        assertThat(check("PARTS_SUM_TO_TOTAL", MARCH, values("TRAFFICKING_IN_PERSONS", "VICTIMS", "", "10", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=F", "6", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=M", "4", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=U", "0", null), AcceptedHistory.EMPTY)).isEmpty();
        // a part not reported, or not available, leaves the sum unknown: not evaluated
        assertThat(check("PARTS_SUM_TO_TOTAL", MARCH, values("TRAFFICKING_IN_PERSONS", "VICTIMS", "", "10", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=F", "6", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=M", "1", null), AcceptedHistory.EMPTY)).isEmpty();
        assertThat(check("PARTS_SUM_TO_TOTAL", MARCH, values("TRAFFICKING_IN_PERSONS", "VICTIMS", "", "10", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=F", "6", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=M", "1", null,
                "TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=U", "NA", null), AcceptedHistory.EMPTY)).isEmpty();
        // kilograms in decimals add up exactly
        assertThat(check("PARTS_SUM_TO_TOTAL", MARCH, values("DRUG_TRAFFICKING", "SEIZED_DRUGS_KG", "", "0.3", null,
                "DRUG_TRAFFICKING", "SEIZED_DRUGS_KG", "SUBSTANCE=METHAMPHETAMINE", "0.1", null,
                "DRUG_TRAFFICKING", "SEIZED_DRUGS_KG", "SUBSTANCE=HEROIN", "0.2", null,
                "DRUG_TRAFFICKING", "SEIZED_DRUGS_KG", "SUBSTANCE=CANNABIS", "0", null,
                "DRUG_TRAFFICKING", "SEIZED_DRUGS_KG", "SUBSTANCE=KETAMINE", "0", null,
                "DRUG_TRAFFICKING", "SEIZED_DRUGS_KG", "SUBSTANCE=MDMA", "0", null,
                "DRUG_TRAFFICKING", "SEIZED_DRUGS_KG", "SUBSTANCE=COCAINE", "0", null,
                "DRUG_TRAFFICKING", "SEIZED_DRUGS_KG", "SUBSTANCE=OTHER", "0", null), AcceptedHistory.EMPTY)).isEmpty();
    }

    @Test
    void aChangeOfMoreThanHalfAndMoreThanTenOnAYearEarlierIsAWarningUntilNoted() {
        AcceptedHistory history = new AcceptedHistory.Builder()
                .add("FRAUD", "CASES", "", MARCH.previousYear(), 40)
                .add("CYBERCRIME", "CASES", "", MARCH.previousYear(), 4)
                .add("FRAUD", "CASES", "", Period.month(2023, 4), 400)
                .build();
        assertThat(check("YEAR_ON_YEAR_CHANGE", MARCH, values("FRAUD", "CASES", "", "70", null), history))
                .singleElement().satisfies(i -> {
                    assertThat(i.severity()).isEqualTo(ValidationRule.Severity.WARNING);
                    assertThat(i.noted()).isFalse();
                    assertThat(i.stops()).isTrue();
                    assertThat(i.message()).isEqualTo("Fraud, including transnational and online fraud, Cases "
                            + "recorded: A change of more than 50% (and more than 10) from the same period a year "
                            + "earlier needs a comment in the note. TOTAL is 70, PREVIOUS_YEAR(TOTAL) is 40: "
                            + "ABS(TOTAL - PREVIOUS_YEAR(TOTAL)) <= MAX(0.5 * PREVIOUS_YEAR(TOTAL), 10) does not hold");
                });
        assertThat(check("YEAR_ON_YEAR_CHANGE", MARCH, values("FRAUD", "CASES", "", "15", null), history))
                .hasSize(1);
        assertThat(check("YEAR_ON_YEAR_CHANGE", MARCH, values("FRAUD", "CASES", "", "70",
                "New online investment scam wave"), history)).singleElement()
                .satisfies(i -> assertThat(i.stops()).isFalse());
        assertThat(check("YEAR_ON_YEAR_CHANGE", MARCH, values("FRAUD", "CASES", "", "55", null), history)).isEmpty();
        // from 4 to 12 is +200%, but only 8 more: small counts do not warn
        assertThat(check("YEAR_ON_YEAR_CHANGE", MARCH, values("CYBERCRIME", "CASES", "", "12", null), history))
                .isEmpty();
        assertThat(check("YEAR_ON_YEAR_CHANGE", MARCH, values("CYBERCRIME", "CASES", "", "15", null), history))
                .hasSize(1);
        // no value a year earlier: not evaluated
        assertThat(check("YEAR_ON_YEAR_CHANGE", MARCH, values("TERRORISM", "CASES", "", "90", null), history))
                .isEmpty();
    }

    @Test
    void aValueFarAboveTheMembersHistoryIsAWarning() {
        AcceptedHistory.Builder builder = new AcceptedHistory.Builder();
        int[] past = {10, 12, 11, 9, 10, 13};
        for (int i = 0; i < past.length; i++) {
            builder.add("WILDLIFE_CRIME", "CASES", "", Period.month(2023, 6 + i), past[i]);
        }
        // more than five years before: outside the history the rule reads
        builder.add("WILDLIFE_CRIME", "CASES", "", Period.month(2018, 1), 5000);
        AcceptedHistory history = builder.build();
        // mean 10.83, standard deviation 1.47: the limit is 15.25
        assertThat(check("ABOVE_HISTORY", MARCH, values("WILDLIFE_CRIME", "CASES", "", "20", null), history))
                .singleElement().satisfies(i -> assertThat(i.message()).endsWith("TOTAL is 20, "
                        + "HISTORY_MEAN(TOTAL) is 10.83, HISTORY_SD(TOTAL) is 1.47: TOTAL <= HISTORY_MEAN(TOTAL) "
                        + "+ 3 * HISTORY_SD(TOTAL) does not hold"));
        assertThat(check("ABOVE_HISTORY", MARCH, values("WILDLIFE_CRIME", "CASES", "", "15", null), history))
                .isEmpty();
        AcceptedHistory short_ = new AcceptedHistory.Builder()
                .add("WILDLIFE_CRIME", "CASES", "", Period.month(2023, 6), 1)
                .add("WILDLIFE_CRIME", "CASES", "", Period.month(2023, 7), 1).build();
        assertThat(check("ABOVE_HISTORY", MARCH, values("WILDLIFE_CRIME", "CASES", "", "900", null), short_))
                .isEmpty();
    }

    @Test
    void theSecretariatAddsChangesAndDeactivatesRulesAndOthersCannot() {
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);
        EadsUser member = TestUsers.create(users, "THA", Role.STATISTICS_FOCAL_POINT);
        String code = "TEST_VICTIMS_" + System.nanoTime() % 1_000_000;
        ValidationRule.Input in = new ValidationRule.Input(code, "Fewer female victims than cases",
                "trafficking_in_persons", "VICTIMS[SEX=F]", "<=", "CASES * 3", "warning", null);
        assertThatThrownBy(() -> rules.add(member, in)).isInstanceOf(NotAllowedException.class);

        ValidationRule added = rules.add(secretariat, in);
        assertThat(added.crimeArea()).isEqualTo("TRAFFICKING_IN_PERSONS");
        assertThat(added.severity()).isEqualTo(ValidationRule.Severity.WARNING);
        assertThat(added.active()).isTrue();
        assertThat(rules.active()).anyMatch(r -> r.rule().code().equals(code));

        assertThatThrownBy(() -> rules.add(secretariat, in)).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("exists");
        assertThatThrownBy(() -> rules.add(secretariat, new ValidationRule.Input("BAD_" + code, "", "NOWHERE",
                "VICTIMS[SEX=Q", "=<", "CASES", "SOMETIMES", null)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("description", "crimeArea", "operator",
                                "severity", "leftSide"));

        ValidationRule changed = rules.change(secretariat, code, new ValidationRule.Input(null, null, null, null, "<",
                null, "BLOCKING", null));
        assertThat(changed.operator()).isEqualTo("<");
        assertThat(changed.severity()).isEqualTo(ValidationRule.Severity.BLOCKING);
        assertThat(changed.leftSide()).isEqualTo("VICTIMS[SEX=F]");
        assertThat(changed.changedBy()).isEqualTo(secretariat.username());

        assertThat(rules.deactivate(secretariat, code).active()).isFalse();
        assertThat(rules.active()).noneMatch(r -> r.rule().code().equals(code));
        assertThat(rules.list(member)).anyMatch(r -> r.code().equals(code) && !r.active());
    }
}
