package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The classification: the version in force for a year, and the Secretariat changing the mapping from a first year
 * on, in a new version that leaves the years before with theirs. Changes start in future years, which no other test
 * reports on.
 */
@SpringBootTest
class StatsClassificationTest {

    @Autowired Classifications classifications;
    @Autowired StatsSubmissions submissions;
    @Autowired Users users;

    @Test
    void theSeededVersionMapsTheCoreCrimeAreasToIccs() {
        Classification c = classifications.inForce(2015);
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.crimeAreas()).extracting(CrimeArea::code).startsWith("TRAFFICKING_IN_PERSONS",
                "DRUG_TRAFFICKING", "FRAUD").contains("MIGRANT_SMUGGLING");
        assertThat(c.crimeArea("FRAUD").orElseThrow().contextTags()).containsExactly("CYBER");
        assertThat(c.crimeArea("DRUG_TRAFFICKING").orElseThrow().iccsCodes()).containsExactly("0601", "06011", "06012");
        assertThat(c.indicatorsOf(c.crimeArea("FRAUD").orElseThrow(), Periodicity.QUARTER))
                .extracting(Indicator::code).containsExactly("PROSECUTED", "CONVICTED");
        assertThat(c.cells(c.crimeArea("ARMS_SMUGGLING").orElseThrow(), Periodicity.MONTH)).hasSize(1 + 11 + 6);
        assertThatThrownBy(() -> classifications.inForce(1999)).isInstanceOf(InvalidRecordException.class);
    }

    @Test
    void aChangeOfMappingStartsANewVersionFromItsFirstYearAndRewritesOnlyAVersionWithoutData() {
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);
        EadsUser member = TestUsers.create(users, "KHM", Role.STATISTICS_FOCAL_POINT);
        int year = LocalDate.now().getYear() + 2 + (int) (System.nanoTime() % 7);
        String code = "ONLINE_GAMBLING_" + System.nanoTime() % 100_000;
        Classifications.MappingInput in = new Classifications.MappingInput(code, "Illegal online gambling",
                List.of("0703"), List.of("cyber"), List.of("cases", "SUSPECTS"), year, "Requested by the 45th conference");
        assertThatThrownBy(() -> classifications.addCrimeArea(member, in)).isInstanceOf(NotAllowedException.class);

        int before = classifications.inForce(year - 1).version();
        Classification added = classifications.addCrimeArea(secretariat, in);
        assertThat(added.firstYear()).isEqualTo(year);
        assertThat(added.crimeArea(code).orElseThrow().contextTags()).containsExactly("CYBER");
        assertThat(added.crimeAreas()).hasSize(classifications.inForce(year - 1).crimeAreas().size() + 1);
        assertThat(classifications.inForce(year).version()).isEqualTo(added.version());
        assertThat(classifications.inForce(year + 30).version()).isEqualTo(added.version());
        assertThat(classifications.inForce(year - 1).version()).isEqualTo(before);
        assertThat(classifications.inForce(year - 1).crimeArea(code)).isEmpty();

        // another change from the same year goes into the same version, which no data uses yet
        Classification changed = classifications.changeMapping(secretariat, code, new Classifications.MappingInput(
                null, null, List.of("0703", "07039"), List.of(), List.of("CASES"), year, "Split the ICCS codes"));
        assertThat(changed.version()).isEqualTo(added.version());
        assertThat(changed.crimeArea(code).orElseThrow().iccsCodes()).containsExactly("0703", "07039");
        assertThat(changed.note()).contains("Requested by the 45th conference", "Split the ICCS codes");

        Classification stopped = classifications.stopCollecting(secretariat, "MARITIME_CRIME", year + 1,
                "Reported under the other areas with the MARITIME tag");
        assertThat(stopped.firstYear()).isEqualTo(year + 1);
        assertThat(stopped.crimeArea("MARITIME_CRIME")).isEmpty();
        assertThat(stopped.crimeArea(code)).isPresent();
        assertThat(classifications.inForce(year).crimeArea("MARITIME_CRIME")).isPresent();

        assertThatThrownBy(() -> classifications.addCrimeArea(secretariat, in)).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("exists");
        assertThatThrownBy(() -> classifications.changeMapping(secretariat, code, new Classifications.MappingInput(
                null, null, List.of("7"), List.of(), List.of("ARRESTS"), 1990, "")))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("iccsCodes", "indicators", "firstYear", "note"));
        assertThatThrownBy(() -> classifications.changeMapping(secretariat, "NOWHERE", in))
                .isInstanceOf(StatsCodeNotFoundException.class);
    }

    @Test
    void aMappingCannotChangeForAYearWithSubmittedData() {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());
        Submission s = submissions.open(people.focalPoint(), slot.month(11));
        submissions.putValues(people.focalPoint(), s.id(), List.of(StatsFixtures.value("FRAUD", "CASES", "", "4")));
        submissions.submit(people.supervisor(), s.id());
        assertThatThrownBy(() -> classifications.stopCollecting(people.secretariat(), "FRAUD", slot.year(), "test"))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("a change can start in");
    }

    @Test
    void theSecretariatAddsAnIndicatorAndChangesHowOftenItIsReported() {
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);
        String code = "ASSETS_FROZEN_" + System.nanoTime() % 100_000;
        Indicator added = classifications.addIndicator(secretariat, new Classifications.IndicatorInput(code,
                "Assets frozen", "USD", "quarter", List.of("nationality")));
        assertThat(added.periodicity()).isEqualTo(Periodicity.QUARTER);
        assertThat(added.dimensions()).containsExactly("NATIONALITY");
        assertThat(classifications.indicatorDimensions()).containsKey(code);
        assertThat(classifications.changePeriodicity(secretariat, code, "YEAR").periodicity())
                .isEqualTo(Periodicity.YEAR);
        assertThatThrownBy(() -> classifications.addIndicator(secretariat, new Classifications.IndicatorInput("x",
                "", "litres", "weekly", List.of("COLOUR"))))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("code", "name", "unit", "periodicity",
                                "dimensions"));
        assertThatThrownBy(() -> classifications.changePeriodicity(TestUsers.create(users, "THA",
                Role.STATISTICS_FOCAL_POINT), code, "MONTH")).isInstanceOf(NotAllowedException.class);
    }
}
