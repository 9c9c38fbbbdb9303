package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eads.stats.CapabilityFixtures.everything;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eads.TestUsers;
import org.eads.alerts.Alerts;
import org.eads.audit.AuditLog;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.stats.CapabilityMatrix.Cell;
import org.eads.stats.CapabilityMatrix.Heading;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The gap matrix, its drill-down and the training needs, computed from three members' submitted assessments and
 * checked against figures worked out by hand; and the capacity-building activities recorded against the gaps.
 */
@SpringBootTest
class CapabilityGapsTest {

    private static final int YEAR = 2007;

    @Autowired CapabilityAssessments assessments;
    @Autowired CapabilityGaps gaps;
    @Autowired CapacityBuildingActivities activities;
    @Autowired Users users;
    @Autowired Alerts alerts;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    /**
     * Thailand: 3 everywhere but terrorism legislation 0 and forensic capacity 2, cybercrime forensic capacity 1.
     * Lao PDR: 4 everywhere but cybercrime forensic capacity 0 and trained staff 2, terrorism legislation 2.
     * Cambodia: 3 everywhere but cybercrime forensic capacity 2. Viet Nam: a draft only. The others: nothing.
     */
    private void submitAssessments(int year) {
        submit(year, "THA", 3, Map.of("TERRORISM.LEGISLATION", 0, "TERRORISM.FORENSIC_CAPACITY", 2,
                "CYBERCRIME.FORENSIC_CAPACITY", 1), Map.of("TERRORISM.LEGISLATION", "Drafting a terrorism financing law",
                "CYBERCRIME.FORENSIC_CAPACITY", "Mobile phone extraction"));
        submit(year, "LAO", 4, Map.of("CYBERCRIME.FORENSIC_CAPACITY", 0, "CYBERCRIME.TRAINED_STAFF", 2,
                "TERRORISM.LEGISLATION", 2), Map.of("CYBERCRIME.FORENSIC_CAPACITY", "A digital forensics laboratory"));
        submit(year, "KHM", 3, Map.of("CYBERCRIME.FORENSIC_CAPACITY", 2), Map.of());
        assessments.start(TestUsers.create(users, "VNM", Role.STATISTICS_FOCAL_POINT), year, false);
    }

    private void submit(int year, String member, int score, Map<String, Integer> except, Map<String, String> needs) {
        List<String> areas = gaps.crimeAreas(year).stream().map(Heading::code).toList();
        assessments.fillAndSubmit(TestUsers.create(users, member, Role.STATISTICS_FOCAL_POINT),
                TestUsers.create(users, member, Role.SUPERVISOR), year, everything(areas, score, except, needs));
    }

    @Test
    void theMatrixAndTrainingNeedsFollowFromTheSubmittedAssessments() {
        submitAssessments(YEAR);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);

        CapabilityMatrix m = gaps.matrix(secretariat, YEAR);
        assertThat(m.rows()).hasSize(10).first().isEqualTo(new Heading("BRN", "Brunei Darussalam"));
        assertThat(m.columns()).extracting(Heading::code).startsWith("TRAFFICKING_IN_PERSONS", "DRUG_TRAFFICKING");
        // the lowest score of the six dimensions, and the number of dimensions with a gap (0-2) and a critical one (0-1)
        assertThat(m.cell("THA", "TERRORISM")).isEqualTo(new Cell("THA", "TERRORISM", 0, CapabilityGap.CRITICAL, 2, 1,
                false, null, null));
        assertThat(m.cell("THA", "CYBERCRIME")).isEqualTo(new Cell("THA", "CYBERCRIME", 1, CapabilityGap.CRITICAL, 1,
                1, false, null, null));
        assertThat(m.cell("THA", "FRAUD")).isEqualTo(new Cell("THA", "FRAUD", 3, null, 0, 0, false, null, null));
        assertThat(m.cell("LAO", "CYBERCRIME")).isEqualTo(new Cell("LAO", "CYBERCRIME", 0, CapabilityGap.CRITICAL, 2,
                1, false, null, null));
        assertThat(m.cell("LAO", "TERRORISM")).isEqualTo(new Cell("LAO", "TERRORISM", 2, CapabilityGap.PARTIAL, 1, 0,
                false, null, null));
        assertThat(m.cell("LAO", "FRAUD").score()).isEqualTo(4);
        assertThat(m.cell("KHM", "CYBERCRIME")).isEqualTo(new Cell("KHM", "CYBERCRIME", 2, CapabilityGap.PARTIAL, 1,
                0, false, null, null));
        assertThat(m.cell("VNM", "CYBERCRIME").score()).isNull();
        assertThat(m.notSubmitted()).extracting(Heading::code).hasSize(7).contains("VNM", "MYS", "SGP")
                .doesNotContain("THA", "LAO", "KHM");
        assertThat(m.inProgress()).extracting(Heading::code).containsExactly("VNM");

        CapabilityMatrix cyber = gaps.drillDown(secretariat, YEAR, "cybercrime");
        assertThat(cyber.crimeArea()).isEqualTo("CYBERCRIME");
        assertThat(cyber.columns()).extracting(Heading::code).containsExactly("LEGISLATION", "SPECIALISED_UNIT",
                "TRAINED_STAFF", "FORENSIC_CAPACITY", "DATA_AVAILABILITY", "INTERNATIONAL_COOPERATION");
        assertThat(cyber.cell("LAO", "FORENSIC_CAPACITY")).isEqualTo(new Cell("LAO", "FORENSIC_CAPACITY", 0,
                CapabilityGap.CRITICAL, 1, 1, false, null, "A digital forensics laboratory"));
        assertThat(cyber.cell("LAO", "LEGISLATION")).isEqualTo(new Cell("LAO", "LEGISLATION", 4, null, 0, 0, false,
                "In place: see the annual report", null));
        assertThat(cyber.cell("LAO", "TRAINED_STAFF").gap()).isEqualTo(CapabilityGap.PARTIAL);
        assertThatThrownBy(() -> gaps.drillDown(secretariat, YEAR, "PIRACY")).isInstanceOf(InvalidRecordException.class);

        // by members with a gap, then critical gaps, then the lowest total score, then the order of the crime areas
        List<TrainingNeed> needs = gaps.trainingNeeds(secretariat, YEAR);
        assertThat(needs).extracting(n -> n.rank() + " " + n.crimeArea() + "/" + n.dimension() + " members="
                + n.members() + " critical=" + n.critical()).containsExactly(
                "1 CYBERCRIME/FORENSIC_CAPACITY members=3 critical=2",
                "2 TERRORISM/LEGISLATION members=2 critical=1",
                "3 TERRORISM/FORENSIC_CAPACITY members=1 critical=0",
                "4 CYBERCRIME/TRAINED_STAFF members=1 critical=0");
        assertThat(needs.getFirst().gaps()).containsExactly(
                new TrainingNeed.MemberGap("LAO", "Lao PDR", 0, CapabilityGap.CRITICAL, "A digital forensics laboratory",
                        false),
                new TrainingNeed.MemberGap("THA", "Thailand", 1, CapabilityGap.CRITICAL, "Mobile phone extraction", false),
                new TrainingNeed.MemberGap("KHM", "Cambodia", 2, CapabilityGap.PARTIAL, null, false));
        assertThat(needs.getFirst().uncovered()).isEqualTo(3);

        // a member sees its own row and its own needs only
        EadsUser lao = TestUsers.create(users, "LAO", Role.ANALYST);
        CapabilityMatrix own = gaps.matrix(lao, YEAR);
        assertThat(own.rows()).containsExactly(new Heading("LAO", "Lao PDR"));
        assertThat(own.cells()).allMatch(c -> c.member().equals("LAO"));
        assertThat(own.notSubmitted()).isEmpty();
        assertThat(gaps.trainingNeeds(lao, YEAR)).extracting(n -> n.crimeArea() + "/" + n.dimension()).containsExactly(
                "CYBERCRIME/FORENSIC_CAPACITY", "TERRORISM/LEGISLATION", "CYBERCRIME/TRAINED_STAFF");
        assertThatThrownBy(() -> gaps.matrix(TestUsers.create(users, "LAO", Role.OFFICER), YEAR))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> gaps.matrix(TestUsers.create(users, "JPN", Role.ANALYST), YEAR))
                .isInstanceOf(NotAllowedException.class);

        audit.flush();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'STATS_VIEW' and user_id = :u"
                        + " and details = :d").param("u", secretariat.id()).param("d", "gap matrix of " + YEAR)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void activitiesRecordedAgainstGapsShowInTheMatrixAndReachTheMembersTargeted() {
        int year = 2008;
        submitAssessments(year);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);
        EadsUser laoFocal = TestUsers.create(users, "LAO", Role.STATISTICS_FOCAL_POINT);
        EadsUser cambodia = TestUsers.create(users, "KHM", Role.STATISTICS_FOCAL_POINT);

        assertThatThrownBy(() -> activities.record(secretariat, new CapacityBuildingActivity.Input(year, " ", "lecture",
                "PIRACY", null, List.of("XXX", "AUS"), null, null, null, "someday", null)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problems.FieldProblem("title", "is required"),
                        new Problems.FieldProblem("kind", "'lecture' is not one of [TRAINING, WORKSHOP, MENTORING, "
                                + "EQUIPMENT, EXCHANGE]"),
                        new Problems.FieldProblem("crimeArea", "'PIRACY' is not a crime area in force for 2008: one of "
                                + gaps.crimeAreas(year).stream().map(Heading::code).toList()),
                        new Problems.FieldProblem("dimension", "is required: one of [LEGISLATION, SPECIALISED_UNIT, "
                                + "TRAINED_STAFF, FORENSIC_CAPACITY, DATA_AVAILABILITY, INTERNATIONAL_COOPERATION]"),
                        new Problems.FieldProblem("members", "'XXX' is not a member country: give the codes of the "
                                + "members targeted, such as THA or MYS"),
                        new Problems.FieldProblem("members", "'AUS' is not a member country: give the codes of the "
                                + "members targeted, such as THA or MYS"),
                        new Problems.FieldProblem("startsOn", "is required: the day the activity starts (planned)"),
                        new Problems.FieldProblem("status", "'someday' is not one of [PLANNED, UNDER_WAY, DONE, "
                                + "CANCELLED]")));
        CapacityBuildingActivity.Input course = new CapacityBuildingActivity.Input(year, "Digital forensics course",
                "training", "CYBERCRIME", "FORENSIC_CAPACITY", List.of("lao", "THA", "LAO"), LocalDate.of(2009, 3, 2),
                LocalDate.of(2009, 2, 27), "UNODC", null, null);
        assertThatThrownBy(() -> activities.record(secretariat, course)).isInstanceOf(InvalidRecordException.class)
                .hasMessage("endsOn: 2009-02-27 is before the start, 2009-03-02");
        assertThatThrownBy(() -> activities.record(TestUsers.create(users, "THA", Role.SUPERVISOR), course))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> activities.record(TestUsers.create(users, "ASP", Role.ANALYST), course))
                .isInstanceOf(NotAllowedException.class);

        CapacityBuildingActivity a = activities.record(secretariat, new CapacityBuildingActivity.Input(year,
                course.title(), course.kind(), course.crimeArea(), course.dimension(), course.members(),
                course.startsOn(), LocalDate.of(2009, 3, 6), course.organiser(), null, "Bangkok, five days"));
        assertThat(a.members()).containsExactly("LAO", "THA");
        assertThat(a.status()).isEqualTo(CapacityBuildingActivity.Status.PLANNED);
        assertThat(a.kind()).isEqualTo(CapacityBuildingActivity.Kind.TRAINING);
        assertThat(alerts.inbox(laoFocal, Alerts.InboxFilter.ALL, 0, 50).entries()).anyMatch(e ->
                e.alert().subject().equals("Training planned for your member: Digital forensics course"));

        CapabilityMatrix m = gaps.matrix(secretariat, year);
        assertThat(m.cell("LAO", "CYBERCRIME").activity()).isTrue();
        assertThat(m.cell("THA", "CYBERCRIME").activity()).isTrue();
        assertThat(m.cell("KHM", "CYBERCRIME").activity()).isFalse();
        assertThat(m.cell("THA", "TERRORISM").activity()).isFalse();
        CapabilityMatrix cyber = gaps.drillDown(secretariat, year, "CYBERCRIME");
        assertThat(cyber.cell("THA", "FORENSIC_CAPACITY").activity()).isTrue();
        assertThat(cyber.cell("LAO", "TRAINED_STAFF").activity()).isFalse();
        TrainingNeed first = gaps.trainingNeeds(secretariat, year).getFirst();
        assertThat(first.activities()).extracting(CapacityBuildingActivity::id).containsExactly(a.id());
        assertThat(first.gaps()).extracting(TrainingNeed.MemberGap::activity).containsExactly(true, true, false);
        assertThat(first.uncovered()).isEqualTo(1);
        assertThat(gaps.matrix(secretariat, year + 1).cell("LAO", "CYBERCRIME").activity())
                .as("an activity counts against the gaps of its own year").isFalse();

        // members see the activities that target them, and only those
        assertThat(activities.get(laoFocal, a.id()).title()).isEqualTo("Digital forensics course");
        assertThat(activities.list(laoFocal, year)).extracting(CapacityBuildingActivity::id).contains(a.id());
        assertThatThrownBy(() -> activities.get(cambodia, a.id()))
                .isInstanceOf(CapacityBuildingActivityNotFoundException.class);
        assertThat(activities.list(cambodia, year)).noneMatch(x -> x.id().equals(a.id()));
        assertThat(gaps.trainingNeeds(cambodia, year).getFirst().activities()).isEmpty();

        CapacityBuildingActivity cancelled = activities.update(secretariat, a.id(), new CapacityBuildingActivity.Input(
                year, a.title(), "TRAINING", "CYBERCRIME", "FORENSIC_CAPACITY", a.members(), a.startsOn(), a.endsOn(),
                "UNODC", "cancelled", "Postponed to next year"));
        assertThat(cancelled.status()).isEqualTo(CapacityBuildingActivity.Status.CANCELLED);
        assertThat(cancelled.notes()).isEqualTo("Postponed to next year");
        assertThat(gaps.matrix(secretariat, year).cell("LAO", "CYBERCRIME").activity())
                .as("a cancelled activity no longer covers the gap").isFalse();
        assertThat(gaps.trainingNeeds(secretariat, year).getFirst().activities()).isEmpty();

        CapabilityReport report = gaps.report(secretariat, year);
        assertThat(report.matrix()).isEqualTo(gaps.matrix(secretariat, year));
        assertThat(report.crimeAreas()).hasSize(report.matrix().columns().size());
        assertThat(report.crimeAreas()).filteredOn(x -> x.crimeArea().equals("CYBERCRIME")).singleElement()
                .isEqualTo(gaps.drillDown(secretariat, year, "CYBERCRIME"));
        assertThat(report.trainingNeeds()).hasSize(4);
        assertThat(report.activities()).extracting(CapacityBuildingActivity::id).containsExactly(a.id());

        audit.flush();
        assertThat(jdbc.sql("select details from audit_entry where action = 'STATS_CHANGE' and object_id = :id"
                        + " order by seq").param("id", a.id().toString()).query(String.class).list())
                .containsExactly("recorded TRAINING 'Digital forensics course' on CYBERCRIME/FORENSIC_CAPACITY for LAO, THA",
                        "updated 'Digital forensics course': PLANNED to CANCELLED");
    }
}
