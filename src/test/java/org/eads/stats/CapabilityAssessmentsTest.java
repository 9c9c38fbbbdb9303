package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eads.stats.CapabilityFixtures.answer;
import static org.eads.stats.CapabilityFixtures.everything;

import java.util.List;
import java.util.Map;

import org.eads.TestUsers;
import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.stats.CapabilityAssessment.Status;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Filling, checking, submitting and revising a member's capability self-assessment, and who may do each. */
@SpringBootTest
class CapabilityAssessmentsTest {

    @Autowired CapabilityAssessments assessments;
    @Autowired Users users;
    @Autowired Alerts alerts;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    @Test
    void scoresOffTheScaleAndMissingEvidenceAreNamedClearly() {
        EadsUser focal = TestUsers.create(users, "THA", Role.STATISTICS_FOCAL_POINT);
        EadsUser supervisor = TestUsers.create(users, "THA", Role.SUPERVISOR);
        CapabilityAssessment a = assessments.start(focal, 2001, false);
        assertThat(a.status()).isEqualTo(Status.DRAFT);
        assertThat(a.crimeAreas()).extracting(CapabilityAssessment.Area::code).contains("TERRORISM", "CYBERCRIME");
        int expected = a.crimeAreas().size() * CapabilityDimension.values().length;
        assertThat(a.outstanding()).hasSize(expected);

        assertThatThrownBy(() -> assessments.answer(focal, a.id(), List.of(
                answer("TERRORISM", CapabilityDimension.LEGISLATION, 7, null, null),
                answer("PIRACY", CapabilityDimension.LEGISLATION, 1, null, null),
                new CapabilityAssessment.AnswerInput("FRAUD", "BUDGET", 1, null, null),
                answer("CYBERCRIME", CapabilityDimension.FORENSIC_CAPACITY, 1, "x".repeat(4001), null))))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problems.FieldProblem("TERRORISM.LEGISLATION.score",
                                "Terrorism, legislation: 7 is not a score: give 0 (none) to 4 (fully in place)"),
                        new Problems.FieldProblem("answers[1].crimeArea", "'PIRACY' is not a crime area in force "
                                + "for 2001: one of " + a.crimeAreas().stream().map(CapabilityAssessment.Area::code).toList()),
                        new Problems.FieldProblem("answers[2].dimension", "'BUDGET' is not a dimension: one of "
                                + "[LEGISLATION, SPECIALISED_UNIT, TRAINED_STAFF, FORENSIC_CAPACITY, DATA_AVAILABILITY, "
                                + "INTERNATIONAL_COOPERATION]"),
                        new Problems.FieldProblem("CYBERCRIME.FORENSIC_CAPACITY.evidence",
                                "Cybercrime, forensic capacity: the evidence must be at most 4000 characters")));
        assertThat(assessments.get(focal, a.id()).answers()).as("a refused save keeps nothing").isEmpty();

        // a 3 without evidence is kept in the draft, and stops the submission until it has some
        CapabilityAssessment saved = assessments.answer(focal, a.id(), List.of(
                answer("TERRORISM", CapabilityDimension.LEGISLATION, 3, "  ", "  "),
                answer("TERRORISM", CapabilityDimension.SPECIALISED_UNIT, 1, null, "Financial investigation course")));
        assertThat(saved.answer("TERRORISM", CapabilityDimension.LEGISLATION).score()).isEqualTo(3);
        assertThat(saved.answer("TERRORISM", CapabilityDimension.LEGISLATION).evidence()).isNull();
        assertThat(saved.answer("TERRORISM", CapabilityDimension.SPECIALISED_UNIT).gap()).isEqualTo(CapabilityGap.CRITICAL);
        assertThat(saved.outstanding()).hasSize(expected - 1).contains(new Problems.FieldProblem(
                "TERRORISM.LEGISLATION.evidence", "Terrorism, legislation: a score of 3 needs evidence: say what is "
                + "in place (the law, unit, course, laboratory, system or agreement) and where it can be checked"),
                new Problems.FieldProblem("FRAUD.TRAINED_STAFF.score",
                        "Fraud, including transnational and online fraud, trained staff: choose a score from 0 (none) "
                                + "to 4 (fully in place)"));
        assertThatThrownBy(() -> assessments.submit(supervisor, a.id()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .hasSize(expected - 1).extracting(Problems.FieldProblem::field)
                        .contains("TERRORISM.LEGISLATION.evidence", "CYBERCRIME.DATA_AVAILABILITY.score"));

        CapabilityAssessment complete = assessments.answer(focal, a.id(), everything(a, 4,
                Map.of("TERRORISM.SPECIALISED_UNIT", 1)));
        assertThat(complete.outstanding()).isEmpty();
        assertThat(complete.answer("TERRORISM", CapabilityDimension.SPECIALISED_UNIT).score()).isEqualTo(1);
        assertThat(assessments.submit(supervisor, a.id()).status()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void aSubmittedAssessmentIsLockedAndChangesAsARevisionWithItsHistory() {
        EadsUser focal = TestUsers.create(users, "THA", Role.STATISTICS_FOCAL_POINT);
        EadsUser supervisor = TestUsers.create(users, "THA", Role.SUPERVISOR);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);
        CapabilityAssessment a = assessments.start(focal, 2002, false);
        assessments.answer(focal, a.id(), everything(a, 2));

        assertThatThrownBy(() -> assessments.submit(focal, a.id())).isInstanceOf(NotAllowedException.class)
                .hasMessage("Only a supervisor of Thailand submits its assessment");
        CapabilityAssessment submitted = assessments.submit(supervisor, a.id());
        assertThat(submitted.status()).isEqualTo(Status.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(supervisor.displayName());
        assertThat(alerts.inbox(secretariat, Alerts.InboxFilter.ALL, 0, 50).entries()).anyMatch(e ->
                e.alert().kind() == AlertKind.STATISTICS
                        && e.alert().subject().equals("Capability self-assessment of Thailand for 2002 submitted"));

        assertThatThrownBy(() -> assessments.answer(focal, a.id(), List.of(
                answer("TERRORISM", CapabilityDimension.LEGISLATION, 0, null, null))))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("status: revision 1 of 2002 is submitted and locked: open a new revision, with the "
                        + "reason, to change it");
        assertThatThrownBy(() -> assessments.submit(supervisor, a.id())).isInstanceOf(InvalidRecordException.class);
        assertThatThrownBy(() -> assessments.start(focal, 2002, false)).isInstanceOf(InvalidRecordException.class)
                .hasMessage("year: Thailand already has its assessment of 2002 (revision 1, submitted): open a new "
                        + "revision to change it");
        assertThatThrownBy(() -> assessments.revise(focal, a.id(), " ")).isInstanceOf(InvalidRecordException.class)
                .hasMessage("reason: is required: say what changed since revision 1 was submitted");

        CapabilityAssessment second = assessments.revise(focal, a.id(), "The Anti-Terrorism Act was repealed");
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(Status.DRAFT);
        assertThat(second.copiedFrom()).isEqualTo(a.id());
        assertThat(second.answers()).hasSameSizeAs(submitted.answers());
        assertThat(second.outstanding()).isEmpty();
        assertThatThrownBy(() -> assessments.revise(focal, a.id(), "again")).isInstanceOf(InvalidRecordException.class)
                .hasMessage("status: revision 2 of 2002 is already open as a draft: continue it");
        assertThat(assessments.get(focal, a.id()).status()).as("in force until the revision is submitted")
                .isEqualTo(Status.SUBMITTED);

        assessments.answer(focal, second.id(), List.of(answer("TERRORISM", CapabilityDimension.LEGISLATION, 0, null,
                "Drafting support for a new law")));
        assessments.submit(supervisor, second.id());
        assertThat(assessments.get(focal, a.id()).status()).isEqualTo(Status.SUPERSEDED);
        assertThat(assessments.get(focal, second.id()).status()).isEqualTo(Status.SUBMITTED);

        List<CapabilityAssessment.Revision> history = assessments.history(focal, second.id());
        assertThat(history).extracting(CapabilityAssessment.Revision::revision).containsExactly(1, 2);
        assertThat(history).extracting(CapabilityAssessment.Revision::status)
                .containsExactly(Status.SUPERSEDED, Status.SUBMITTED);
        assertThat(history.get(1).reason()).isEqualTo("The Anti-Terrorism Act was repealed");
        assertThat(history.get(1).changes()).containsExactly(new CapabilityAssessment.Change("TERRORISM",
                CapabilityDimension.LEGISLATION, 2, 0, false, true));

        audit.flush();
        assertThat(jdbc.sql("select details from audit_entry where action = 'STATS_CHANGE' and object_id = :id")
                .param("id", second.id().toString()).query(String.class).list())
                .contains("opened revision 2 of THA 2002: The Anti-Terrorism Act was repealed",
                        "submitted revision 2 of THA 2002");
    }

    @Test
    void lastYearsSubmittedAnswersAreTheStartingPoint() {
        EadsUser focal = TestUsers.create(users, "MYS", Role.STATISTICS_FOCAL_POINT);
        EadsUser supervisor = TestUsers.create(users, "MYS", Role.SUPERVISOR);
        CapabilityAssessment last = assessments.start(focal, 2003, false);
        assessments.answer(focal, last.id(), everything(last, 3, Map.of("CYBERCRIME.FORENSIC_CAPACITY", 1)));
        assessments.submit(supervisor, last.id());

        CapabilityAssessment next = assessments.start(focal, 2004, true);
        assertThat(next.copiedFrom()).isEqualTo(last.id());
        assertThat(next.answer("CYBERCRIME", CapabilityDimension.FORENSIC_CAPACITY).score()).isEqualTo(1);
        assertThat(next.answer("FRAUD", CapabilityDimension.LEGISLATION).evidence())
                .isEqualTo("In place: see the annual report");
        assertThat(next.outstanding()).isEmpty();

        // a member that never submitted starts empty, whatever it asks
        EadsUser brunei = TestUsers.create(users, "BRN", Role.SUPERVISOR);
        CapabilityAssessment first = assessments.start(brunei, 2004, true);
        assertThat(first.copiedFrom()).isNull();
        assertThat(first.answers()).isEmpty();
    }

    @Test
    void onlyTheMembersOwnRolesFillItAndOnlyItAndTheSecretariatSeeIt() {
        EadsUser focal = TestUsers.create(users, "PHL", Role.STATISTICS_FOCAL_POINT);
        EadsUser officer = TestUsers.create(users, "PHL", Role.OFFICER);
        EadsUser analyst = TestUsers.create(users, "PHL", Role.ANALYST);
        EadsUser vietnam = TestUsers.create(users, "VNM", Role.STATISTICS_FOCAL_POINT);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);
        EadsUser partner = TestUsers.create(users, "AUS", Role.SUPERVISOR);
        CapabilityAssessment a = assessments.start(focal, 2005, false);

        assertThatThrownBy(() -> assessments.get(vietnam, a.id()))
                .isInstanceOf(CapabilityAssessmentNotFoundException.class);
        assertThatThrownBy(() -> assessments.answer(vietnam, a.id(), everything(a, 2)))
                .isInstanceOf(CapabilityAssessmentNotFoundException.class);
        assertThatThrownBy(() -> assessments.history(vietnam, a.id()))
                .isInstanceOf(CapabilityAssessmentNotFoundException.class);
        assertThat(assessments.list(vietnam, 2005)).noneMatch(s -> s.id().equals(a.id()));

        assertThatThrownBy(() -> assessments.get(officer, a.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> assessments.list(partner, null)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> assessments.start(analyst, 2006, false)).isInstanceOf(NotAllowedException.class);
        assertThat(assessments.get(analyst, a.id()).member()).as("an analyst of the member reads it").isEqualTo("PHL");
        assertThatThrownBy(() -> assessments.answer(analyst, a.id(), everything(a, 2)))
                .isInstanceOf(NotAllowedException.class);

        assertThat(assessments.get(secretariat, a.id()).memberName()).isEqualTo("Philippines");
        assertThat(assessments.list(secretariat, 2005)).anyMatch(s -> s.id().equals(a.id()) && s.answered() == 0
                && s.expected() == a.crimeAreas().size() * 6);
        assertThatThrownBy(() -> assessments.answer(secretariat, a.id(), everything(a, 2)))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Only Philippines changes its own capability assessment");
        assertThatThrownBy(() -> assessments.start(secretariat, 2005, false)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> assessments.start(focal, 1999, false)).isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("year: 1999 is not a year that can be assessed: give a year from 2000 to ");
    }
}
