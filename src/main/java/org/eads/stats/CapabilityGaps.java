package org.eads.stats;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.member.Member;
import org.eads.member.Members;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.stats.CapabilityMatrix.Heading;
import org.eads.stats.internal.capability.AssessmentStore;
import org.eads.stats.internal.capability.CrimeAreasInForce;
import org.eads.stats.internal.capability.GapAnalysis;
import org.springframework.stereotype.Service;

/**
 * The gaps of a year from the members' submitted self-assessments: the matrix of members by crime areas, its
 * drill-down into one crime area, the training needs the gaps imply, and, for the regional analytical report, all of
 * them with the activities recorded against them. The Secretariat sees every member; a member sees its own row.
 * Audited.
 */
@Service
public class CapabilityGaps {

    private final AssessmentStore assessments;
    private final CapacityBuildingActivities activities;
    private final CrimeAreasInForce crimeAreas;
    private final Members members;
    private final AuditLog audit;

    public CapabilityGaps(AssessmentStore assessments, CapacityBuildingActivities activities,
                          CrimeAreasInForce crimeAreas, Members members, AuditLog audit) {
        this.assessments = assessments;
        this.activities = activities;
        this.crimeAreas = crimeAreas;
        this.members = members;
        this.audit = audit;
    }

    /** Members by crime areas for a year. */
    public CapabilityMatrix matrix(EadsUser user, int year) {
        CapabilityMatrix m = analysis(user, year).matrix();
        viewed(user, "gap matrix of " + year);
        return m;
    }

    /** Members by dimensions for one crime area in force in the year. */
    public CapabilityMatrix drillDown(EadsUser user, int year, String crimeArea) {
        GapAnalysis analysis = analysis(user, year);
        String area = crimeArea == null ? "" : crimeArea.strip().toUpperCase(Locale.ROOT);
        if (!analysis.version().includes(area)) {
            throw new InvalidRecordException("crimeArea", "'" + crimeArea + "' is not a crime area in force for "
                    + year + ": one of " + analysis.version().codes());
        }
        CapabilityMatrix m = analysis.drillDown(area);
        viewed(user, "gap matrix of " + year + " for " + area);
        return m;
    }

    /** The training needs of a year, ranked. */
    public List<TrainingNeed> trainingNeeds(EadsUser user, int year) {
        List<TrainingNeed> needs = analysis(user, year).trainingNeeds();
        viewed(user, "training needs of " + year);
        return needs;
    }

    /**
     * What the regional analytical report shows of capability for a year: the matrix, each crime area's drill-down,
     * the training needs and the activities of the year, as the user may see them (the Secretariat: all).
     */
    public CapabilityReport report(EadsUser user, int year) {
        GapAnalysis analysis = analysis(user, year);
        CapabilityReport report = new CapabilityReport(year, analysis.version().version(), analysis.matrix(),
                analysis.version().codes().stream().map(analysis::drillDown).toList(), analysis.trainingNeeds(),
                analysis.activities());
        viewed(user, "capability report of " + year);
        return report;
    }

    /** The crime areas in force for a year, in their order (none before the first classification). */
    public List<Heading> crimeAreas(int year) {
        return crimeAreas.forYear(year).map(v -> v.areas().stream().map(a -> new Heading(a.code(), a.name())).toList())
                .orElse(List.of());
    }

    /** The member countries, the members that assess themselves, by name. */
    public List<Heading> countries() {
        return members.countries().stream().sorted(Comparator.comparing(Member::name))
                .map(m -> new Heading(m.code(), m.name())).toList();
    }

    private GapAnalysis analysis(EadsUser user, int year) {
        if (!CapabilityAssessments.mayRead(user)) {
            throw new NotAllowedException("The capability gaps are for the statistics focal points, supervisors and "
                    + "analysts of members and of the Secretariat");
        }
        CrimeAreasInForce.Version version = crimeAreas.forYear(year).orElseThrow(() -> new InvalidRecordException(
                "year", year + " is before the first classification of crime areas"));
        boolean all = CapabilityAssessments.secretariat(user);
        List<Heading> rows = countries().stream().filter(m -> all || m.code().equals(user.memberCode())).toList();
        String only = all ? null : user.memberCode();
        return new GapAnalysis(year, version, rows, assessments.submittedAnswers(year, only),
                new HashSet<>(assessments.drafting(year)), activities.visible(user, year));
    }

    private void viewed(EadsUser user, String details) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW, "CAPABILITY_GAPS",
                null).withDetails(details));
    }
}
