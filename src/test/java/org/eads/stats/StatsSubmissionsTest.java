package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eads.stats.StatsFixtures.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eads.TestUsers;
import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Submissions through their workflow: entry, submission, acceptance into the facts, locking, revisions, access. */
@SpringBootTest
class StatsSubmissionsTest {

    @Autowired StatsSubmissions submissions;
    @Autowired StatsCompleteness completeness;
    @Autowired Users users;
    @Autowired Alerts alerts;
    @Autowired JdbcClient jdbc;

    private Map<String, Object> fact(String member, String period, String area, String indicator, String part) {
        return jdbc.sql("select value, submission from stats_fact where member = ? and period = ? and crime_area = ? "
                        + "and indicator = ? and disaggregation = ?")
                .params(member, period, area, indicator, part).query().singleRow();
    }

    @Test
    void theFocalPointEntersTheSupervisorSubmitsAndTheSecretariatAcceptsIntoTheFacts() {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());

        Submission draft = submissions.open(people.focalPoint(), slot.month(3));
        assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(draft.revision()).isEqualTo(1);
        assertThat(submissions.open(people.supervisor(), slot.month(3)).id()).isEqualTo(draft.id());

        submissions.putValues(people.focalPoint(), draft.id(), List.of(
                value("TRAFFICKING_IN_PERSONS", "CASES", "", "12"),
                value("TRAFFICKING_IN_PERSONS", "VICTIMS", "", "10"),
                value("trafficking_in_persons", "victims", "sex=f", "6"),
                value("TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=M", "4"),
                value("TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=U", "0"),
                value("FRAUD", "CASES", "", "NA"),
                value("FRAUD", "AMOUNT_LOST", "", "1,250,000.50"),
                value("CYBERCRIME", "CASES", "", "")));

        assertThatThrownBy(() -> submissions.submit(people.focalPoint(), draft.id()))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("supervisor");
        Submission submitted = submissions.submit(people.supervisor(), draft.id());
        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(people.supervisor().username());
        assertThat(alerts.inbox(people.secretariat(), Alerts.InboxFilter.ALL, 0, 50).entries())
                .anyMatch(e -> e.alert().kind() == AlertKind.STATISTICS
                        && e.alert().subject().contains(Period.month(slot.year(), 3).label()));
        assertThatThrownBy(() -> submissions.putValues(people.focalPoint(), draft.id(), List.of()))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("SUBMITTED");
        assertThatThrownBy(() -> submissions.accept(people.supervisor(), draft.id(), null))
                .isInstanceOf(NotAllowedException.class);

        Submission accepted = submissions.accept(people.secretariat(), draft.id(), "Thank you");
        assertThat(accepted.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(fact(slot.member(), slot.month(3), "TRAFFICKING_IN_PERSONS", "CASES", "").get("value"))
                .isEqualTo(new BigDecimal("12"));
        assertThat(fact(slot.member(), slot.month(3), "TRAFFICKING_IN_PERSONS", "VICTIMS", "SEX=U").get("value"))
                .isEqualTo(BigDecimal.ZERO);
        // not available is kept as a fact without a number, which is not zero; a blank was not reported at all
        Map<String, Object> notAvailable = fact(slot.member(), slot.month(3), "FRAUD", "CASES", "");
        assertThat(notAvailable).containsKey("value");
        assertThat(notAvailable.get("value")).isNull();
        assertThat(fact(slot.member(), slot.month(3), "FRAUD", "AMOUNT_LOST", "").get("value"))
                .isEqualTo(new BigDecimal("1250000.5"));
        assertThat(jdbc.sql("select count(*) from stats_fact where member = ? and period = ? and crime_area = "
                + "'CYBERCRIME'").params(slot.member(), slot.month(3)).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select year * 100 + month from stats_fact where member = ? and period = ? limit 1")
                .params(slot.member(), slot.month(3)).query(Integer.class).single()).isEqualTo(slot.year() * 100 + 3);
        assertThat(alerts.inbox(people.focalPoint(), Alerts.InboxFilter.ALL, 0, 50).entries())
                .anyMatch(e -> e.alert().kind() == AlertKind.STATISTICS && e.alert().subject().contains("accepted"));
    }

    @Test
    void acceptedDataIsLockedAndARevisionWithAReasonReplacesItsFactsAndKeepsTheHistory() {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());
        String period = slot.quarter(2);
        Submission first = submissions.open(people.focalPoint(), period);
        submissions.putValues(people.focalPoint(), first.id(), List.of(
                value("DRUG_TRAFFICKING", "PROSECUTED", "", "40"),
                value("DRUG_TRAFFICKING", "CONVICTED", "", "25")));
        submissions.submit(people.supervisor(), first.id());
        submissions.accept(people.secretariat(), first.id(), null);

        assertThatThrownBy(() -> submissions.putValues(people.focalPoint(), first.id(), List.of(
                value("DRUG_TRAFFICKING", "CONVICTED", "", "26")))).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("new revision");
        assertThatThrownBy(() -> submissions.open(people.focalPoint(), period))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("accepted and locked");
        assertThatThrownBy(() -> submissions.revise(people.focalPoint(), first.id(), " "))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("reason");

        Submission second = submissions.revise(people.focalPoint(), first.id(), "Court records of June corrected");
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(second.revisionReason()).isEqualTo("Court records of June corrected");
        assertThat(submissions.get(people.focalPoint(), second.id()).values()).hasSize(2);
        assertThatThrownBy(() -> submissions.revise(people.focalPoint(), first.id(), "again"))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("already open");
        // the accepted values stay in force while the revision is worked on
        assertThat(fact(slot.member(), period, "DRUG_TRAFFICKING", "CONVICTED", "").get("value"))
                .isEqualTo(new BigDecimal("25"));

        submissions.putValues(people.focalPoint(), second.id(), List.of(
                value("DRUG_TRAFFICKING", "PROSECUTED", "", "40"),
                value("DRUG_TRAFFICKING", "CONVICTED", "", "28"),
                value("DRUG_TRAFFICKING", "CONVICTED", "SEX=F", "3")));
        submissions.submit(people.supervisor(), second.id());
        submissions.accept(people.secretariat(), second.id(), null);

        assertThat(submissions.get(people.focalPoint(), first.id()).status()).isEqualTo(SubmissionStatus.SUPERSEDED);
        Map<String, Object> fact = fact(slot.member(), period, "DRUG_TRAFFICKING", "CONVICTED", "");
        assertThat(fact.get("value")).isEqualTo(new BigDecimal("28"));
        assertThat(fact.get("submission")).isEqualTo(second.id());
        assertThat(jdbc.sql("select count(*) from stats_fact where member = ? and period = ?")
                .params(slot.member(), period).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from stats_fact where submission = ?").param(first.id())
                .query(Integer.class).single()).isZero();

        RevisionHistory history = submissions.history(people.focalPoint(), second.id());
        assertThat(history.revisions()).extracting(r -> r.submission().revision()).containsExactly(1, 2);
        assertThat(history.revisions().get(1).submission().revisionReason()).isEqualTo("Court records of June corrected");
        assertThat(history.revisions().get(1).changes()).containsExactlyInAnyOrder(
                new RevisionHistory.Change("DRUG_TRAFFICKING", "CONVICTED", "", "25", "28"),
                new RevisionHistory.Change("DRUG_TRAFFICKING", "CONVICTED", "SEX=F", null, "3"));
    }

    @Test
    void aReturnedSubmissionIsEditableAgainAndAReturnNeedsAComment() {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());
        Submission s = submissions.open(people.supervisor(), slot.month(5));
        submissions.putValues(people.supervisor(), s.id(), List.of(value("TERRORISM", "CASES", "", "2")));
        submissions.submit(people.supervisor(), s.id());
        assertThatThrownBy(() -> submissions.returnToMember(people.secretariat(), s.id(), ""))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("comment");
        Submission returned = submissions.returnToMember(people.secretariat(), s.id(), "Cases look low: check");
        assertThat(returned.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("Cases look low: check");
        assertThat(alerts.inbox(people.focalPoint(), Alerts.InboxFilter.ALL, 0, 50).entries())
                .anyMatch(e -> e.alert().subject().contains("returned") && e.alert().body().contains("look low"));
        assertThat(submissions.todo(people.focalPoint()).returned()).extracting(Submission::id).contains(s.id());

        submissions.putValues(people.focalPoint(), s.id(), List.of(value("TERRORISM", "CASES", "", "5")));
        assertThat(submissions.submit(people.supervisor(), s.id()).status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submissions.todo(people.secretariat()).waiting()).extracting(Submission::id).contains(s.id());
    }

    @Test
    void valuesAreCheckedAsTheyAreSavedAndNothingOfABadSaveIsKept() {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());
        Submission s = submissions.open(people.focalPoint(), slot.month(1));
        submissions.putValues(people.focalPoint(), s.id(), List.of(value("FRAUD", "CASES", "", "3")));

        assertThatThrownBy(() -> submissions.putValues(people.focalPoint(), s.id(), List.of(
                value("FRAUD", "CASES", "", "-4"),
                value("FRAUD", "VICTIMS", "", "2.5"),
                value("FRAUD", "PROSECUTED", "", "1"),
                value("FRAUD", "VICTIMS", "AGE=CHILD", "1"),
                value("ROBBERY", "CASES", "", "1"),
                value("FRAUD", "AMOUNT_LOST", "", "twelve"))))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.message()).containsExactly(
                                "values[1].value Fraud, including transnational and online fraud, Victims, Total: "
                                        + "'2.5' is not a whole number: Victims counts persons",
                                "values[2].indicator Persons prosecuted (PROSECUTED) is reported by quarter, not in a month",
                                "values[3].disaggregation 'AGE=CHILD' is not a breakdown of VICTIMS: write DIMENSION=PART "
                                        + "with a dimension of SEX, AGE_GROUP, NATIONALITY",
                                "values[4].crimeArea 'ROBBERY' is not a crime area of classification version 1: the crime "
                                        + "areas are TRAFFICKING_IN_PERSONS, DRUG_TRAFFICKING, FRAUD, MONEY_LAUNDERING, "
                                        + "TERRORISM, ARMS_SMUGGLING, WILDLIFE_CRIME, CYBERCRIME, MARITIME_CRIME, "
                                        + "MIGRANT_SMUGGLING",
                                "values[5].value Fraud, including transnational and online fraud, Amount lost by victims, "
                                        + "Total: 'twelve' is not a number: write digits (such as 1250 or 12.5), NA when "
                                        + "the figure is not available, or leave it empty when it is not reported",
                                "values[0].value Fraud, including transnational and online fraud, Cases recorded: "
                                        + "Counts and amounts cannot be negative. VALUE is -4: VALUE >= 0 does not hold"));
        assertThat(submissions.get(people.focalPoint(), s.id()).values()).extracting(ReportedValue::text)
                .containsExactly("3");
    }

    @Test
    void aPeriodIsReportedOnceItIsOver() {
        EadsUser focalPoint = TestUsers.create(users, "PHL", Role.STATISTICS_FOCAL_POINT);
        assertThatThrownBy(() -> submissions.open(focalPoint, "2999-01"))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("not over yet");
        assertThatThrownBy(() -> submissions.open(focalPoint, "1999"))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("before 2000");
        assertThatThrownBy(() -> submissions.open(focalPoint, "2020-13"))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("not a reporting period");
    }

    @Test
    void aMemberSeesOnlyItsOwnSubmissionsAndOnlyItsStatisticsPeopleWorkOnThem() {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());
        Submission s = submissions.open(people.focalPoint(), slot.month(7));
        String other = StatsFixtures.MEMBERS.stream().filter(m -> !m.equals(slot.member())).findFirst().orElseThrow();
        EadsUser otherFocalPoint = TestUsers.create(users, other, Role.STATISTICS_FOCAL_POINT);
        EadsUser otherSupervisor = TestUsers.create(users, other, Role.SUPERVISOR);
        EadsUser officer = TestUsers.create(users, slot.member(), Role.OFFICER);
        EadsUser analyst = TestUsers.create(users, slot.member(), Role.ANALYST);
        EadsUser secretariatAnalyst = TestUsers.create(users, "ASP", Role.ANALYST);

        assertThatThrownBy(() -> submissions.get(otherFocalPoint, s.id()))
                .isInstanceOf(SubmissionNotFoundException.class);
        assertThatThrownBy(() -> submissions.putValues(otherFocalPoint, s.id(), List.of()))
                .isInstanceOf(SubmissionNotFoundException.class);
        assertThatThrownBy(() -> submissions.submit(otherSupervisor, s.id()))
                .isInstanceOf(SubmissionNotFoundException.class);
        assertThat(submissions.list(otherFocalPoint, slot.member(), null, null)).isEmpty();
        assertThatThrownBy(() -> submissions.get(officer, s.id())).isInstanceOf(NotAllowedException.class);
        assertThat(submissions.get(analyst, s.id()).id()).isEqualTo(s.id());
        assertThatThrownBy(() -> submissions.putValues(analyst, s.id(), List.of()))
                .isInstanceOf(NotAllowedException.class);
        assertThat(submissions.get(secretariatAnalyst, s.id()).member()).isEqualTo(slot.member());
        assertThatThrownBy(() -> submissions.putValues(people.secretariat(), s.id(), List.of()))
                .isInstanceOf(NotAllowedException.class);
        assertThat(submissions.list(people.secretariat(), slot.member(), slot.year(), SubmissionStatus.DRAFT))
                .extracting(Submission::id).contains(s.id());
    }

    @Test
    void completenessCountsTheExpectedTotalsReportedPerMemberAndPeriod() {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());
        Submission s = submissions.open(people.focalPoint(), slot.month(2));
        submissions.putValues(people.focalPoint(), s.id(), List.of(
                value("FRAUD", "CASES", "", "7"),
                value("FRAUD", "VICTIMS", "", "NA"),
                value("FRAUD", "VICTIMS", "SEX=F", "2")));

        Completeness member = completeness.of(people.focalPoint(), slot.year());
        assertThat(member.rows()).extracting(Completeness.Row::member).containsExactly(slot.member());
        assertThat(member.periods()).hasSize(16).doesNotContain(Integer.toString(slot.year()));
        Completeness.Cell february = member.rows().getFirst().cells().get(1);
        assertThat(february.period()).isEqualTo(slot.month(2));
        assertThat(february.status()).isEqualTo(SubmissionStatus.DRAFT);
        // ten crime areas: 35 monthly totals (cases, suspects, victims, seizures, amounts as each area collects them)
        assertThat(february.expected()).isEqualTo(35);
        assertThat(february.reported()).isEqualTo(2);
        assertThat(member.rows().getFirst().cells().get(0).status()).isNull();

        assertThat(completeness.of(people.secretariat(), slot.year()).rows()).hasSize(10);
    }
}
