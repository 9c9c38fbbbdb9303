package org.eads.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eads.alerts.Alerts;
import org.eads.demo.StatsDemo;
import org.eads.identity.EadsUser;
import org.eads.records.Problems;
import org.eads.stats.CapabilityAssessment;
import org.eads.stats.CapabilityAssessments;
import org.eads.stats.CapabilityDimension;
import org.eads.stats.CapacityBuildingActivities;
import org.eads.stats.CapacityBuildingActivity;
import org.eads.stats.Classification;
import org.eads.stats.Classifications;
import org.eads.stats.Period;
import org.eads.stats.ReportedValue;
import org.eads.stats.StatsSubmissions;
import org.eads.stats.ValidationIssue;
import org.eads.stats.ValueInput;
import org.springframework.stereotype.Component;

/**
 * Enters the demo's crime statistics through the statistics services, as the people would: each member's statistics
 * focal point fills a year of drafts, answers the warnings in the values' notes, the member's supervisor submits and
 * the Secretariat accepts, period after period, so that the accepted values in force are written by the real path.
 * Then the work in progress: drafts, one submission waiting for validation and one returned with comments.
 */
@Component
public class StatsDemoLoader {

    private final StatsSubmissions submissions;
    private final Classifications classifications;
    private final CapabilityAssessments capability;
    private final CapacityBuildingActivities activities;
    private final Alerts alerts;

    StatsDemoLoader(StatsSubmissions submissions, Classifications classifications, CapabilityAssessments capability,
                    CapacityBuildingActivities activities, Alerts alerts) {
        this.submissions = submissions;
        this.classifications = classifications;
        this.capability = capability;
        this.activities = activities;
        this.alerts = alerts;
    }

    /**
     * @param focalPoints  each member's statistics focal point, by member
     * @param supervisors  each member's supervisor, by member
     * @param secretariat  the Secretariat's statistics focal point
     * @return how many submissions were accepted
     */
    public int load(long seed, LocalDate today, Map<String, EadsUser> focalPoints, Map<String, EadsUser> supervisors,
                    EadsUser secretariat) {
        List<StatsDemo.Step> steps = StatsDemo.plan(today, List.copyOf(focalPoints.keySet())).stream()
                .filter(s -> focalPoints.containsKey(s.member())).toList();
        Map<String, List<StatsDemo.Step>> accepted = new LinkedHashMap<>();
        for (StatsDemo.Step s : steps) {
            if (s.outcome() == StatsDemo.Outcome.ACCEPTED) {
                accepted.computeIfAbsent(s.period().year() + " " + s.member(), k -> new ArrayList<>()).add(s);
            }
        }
        int count = 0;
        for (List<StatsDemo.Step> year : accepted.values()) {
            String member = year.getFirst().member();
            Map<Period, UUID> drafts = fill(seed, focalPoints.get(member), year, false);
            for (StatsDemo.Step s : year) {
                UUID id = drafts.get(s.period());
                answerWarnings(seed, focalPoints.get(member), s, id);
                submissions.submit(supervisors.get(member), id);
                submissions.accept(secretariat, id, null);
                count++;
            }
        }
        assessCapability(seed, today.getYear() - 2, focalPoints, supervisors, Set.of());
        assessCapability(seed, today.getYear() - 1, focalPoints, supervisors, Set.of(StatsDemo.NOT_ASSESSED));
        for (CapacityBuildingActivity.Input activity : StatsDemo.activities(today, focalPoints.keySet())) {
            activities.record(secretariat, activity);
        }
        // the years of accepted data are old news to the people who received their notifications
        focalPoints.values().forEach(alerts::markAllRead);
        supervisors.values().forEach(alerts::markAllRead);
        alerts.markAllRead(secretariat);
        for (StatsDemo.Step s : steps) {
            if (s.outcome() == StatsDemo.Outcome.ACCEPTED) {
                continue;
            }
            EadsUser focalPoint = focalPoints.get(s.member());
            UUID id = fill(seed, focalPoint, List.of(s), s.outcome() == StatsDemo.Outcome.DRAFT).get(s.period());
            if (s.outcome() == StatsDemo.Outcome.DRAFT) {
                continue;
            }
            answerWarnings(seed, focalPoint, s, id);
            submissions.submit(supervisors.get(s.member()), id);
            if (s.outcome() == StatsDemo.Outcome.RETURNED) {
                submissions.returnToMember(secretariat, id, StatsDemo.RETURN_COMMENT);
            }
        }
        return count;
    }

    /**
     * Each member's capability self-assessment of a year, submitted by its supervisor: scores from the member's
     * general strength ({@link StatsDemo#capabilityStrength}), lower where {@link StatsDemo#weakAreas} says, and a
     * little better each year; evidence for every score of 3 or 4, a training need for every critical gap.
     */
    private void assessCapability(long seed, int year, Map<String, EadsUser> focalPoints,
                                  Map<String, EadsUser> supervisors, Set<String> leftOut) {
        Classification c = classifications.inForce(year);
        for (String member : focalPoints.keySet()) {
            if (leftOut.contains(member)) {
                continue;
            }
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed ^ member.hashCode() ^ year);
            List<CapabilityAssessment.AnswerInput> answers = new ArrayList<>();
            for (var area : c.crimeAreas()) {
                for (CapabilityDimension d : CapabilityDimension.values()) {
                    double level = StatsDemo.capabilityStrength(member, area.code(), d) + (year - 2020) * 0.1
                            + random.nextDouble(-0.8, 0.8);
                    int score = (int) Math.max(0, Math.min(4, Math.round(level)));
                    answers.add(new CapabilityAssessment.AnswerInput(area.code(), d.name(), score,
                            score >= 3 ? StatsDemo.evidence(d, area.name().toLowerCase(java.util.Locale.ROOT)) : null,
                            score <= 1 ? StatsDemo.trainingNeed(d, area.name().toLowerCase(java.util.Locale.ROOT)) : null));
                }
            }
            capability.fillAndSubmit(focalPoints.get(member), supervisors.get(member), year, answers);
        }
    }

    /** Writes the periods' values into the member's drafts; a draft in progress has only its first crime areas. */
    private Map<Period, UUID> fill(long seed, EadsUser focalPoint, List<StatsDemo.Step> steps, boolean partly) {
        List<StatsSubmissions.Changes> changes = new ArrayList<>();
        for (StatsDemo.Step s : steps) {
            Classification c = classifications.inForce(s.period().year());
            List<String> areas = c.crimeAreas().stream().map(a -> a.code())
                    .limit(partly ? c.crimeAreas().size() / 2 : c.crimeAreas().size()).toList();
            List<ReportedValue> values = new ArrayList<>();
            for (ValueInput in : StatsDemo.values(seed, s.member(), s.period(), c)) {
                if (areas.contains(in.crimeArea())) {
                    values.add(checked(in, c, s.period()));
                }
            }
            changes.add(new StatsSubmissions.Changes(s.period(), values, List.of()));
        }
        return submissions.write(focalPoint, changes, "demo data");
    }

    /** A warning is answered as a focal point would: the value's note says it was checked. */
    private void answerWarnings(long seed, EadsUser focalPoint, StatsDemo.Step s, UUID id) {
        List<ValidationIssue> open = submissions.validate(focalPoint, id).stream().filter(ValidationIssue::stops)
                .toList();
        if (open.isEmpty()) {
            return;
        }
        Classification c = classifications.inForce(s.period().year());
        Map<Classification.Cell, ReportedValue> values = new HashMap<>();
        for (ValueInput in : StatsDemo.values(seed, s.member(), s.period(), c)) {
            ReportedValue v = checked(in, c, s.period());
            values.put(v.cell(), v);
        }
        Map<Classification.Cell, ReportedValue> noted = new LinkedHashMap<>();
        for (ValidationIssue i : open) {
            Classification.Cell cell = new Classification.Cell(i.crimeArea(), i.indicator(),
                    i.disaggregation() == null ? "" : i.disaggregation());
            ReportedValue v = values.get(cell);
            if (v == null) {
                throw new IllegalStateException("The demo's values of " + s + " raise an issue it cannot answer: "
                        + i.message());
            }
            noted.put(cell, new ReportedValue(v.crimeArea(), v.indicator(), v.disaggregation(), v.value(),
                    v.notAvailable(), StatsDemo.answer(i.rule())));
        }
        submissions.write(focalPoint, List.of(new StatsSubmissions.Changes(s.period(), List.copyOf(noted.values()),
                List.of())), "demo data: notes answering warnings");
    }

    private static ReportedValue checked(ValueInput in, Classification c, Period period) {
        Problems p = new Problems();
        ReportedValue v = in.check(c, period, p);
        if (!p.isEmpty() || v == null) {
            throw new IllegalStateException("The demo's value " + in + " of " + period + " is wrong: " + p.list());
        }
        return v;
    }
}
