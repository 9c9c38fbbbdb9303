package org.eads.stats.internal.capability.web;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.stats.CapabilityAssessment;
import org.eads.stats.CapabilityAssessments;
import org.eads.stats.CapabilityDimension;
import org.eads.stats.CapabilityGaps;
import org.eads.stats.CapabilityMatrix;
import org.eads.stats.CapacityBuildingActivities;
import org.eads.stats.CapacityBuildingActivity;
import org.eads.stats.TrainingNeed;
import org.eads.web.FormActions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The capability pages: the year's overview (the member's own assessment, the gap matrix as a heatmap and a table,
 * who has not submitted, the first training needs and the activities), the self-assessment form with its history,
 * the drill-down into one crime area, the training needs, and the capacity-building activities.
 */
@Controller
@ConditionalOnWebApplication
@PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'ANALYST')")
class CapabilityPages implements CapabilityPage {

    private static final Pattern SCORE_FIELD = Pattern.compile("([A-Z0-9_]+)\\.([A-Z_]+)\\.score");

    private final CapabilityAssessments assessments;
    private final CapabilityGaps gaps;
    private final CapacityBuildingActivities activities;
    private final CurrentUser currentUser;

    CapabilityPages(CapabilityAssessments assessments, CapabilityGaps gaps, CapacityBuildingActivities activities,
                    CurrentUser currentUser) {
        this.assessments = assessments;
        this.gaps = gaps;
        this.activities = activities;
        this.currentUser = currentUser;
    }

    @GetMapping("/stats/capability")
    String index(@RequestParam(required = false) Integer year, Model model, RedirectAttributes redirect) {
        EadsUser user = currentUser.get();
        int y = year == null ? Year.now().getValue() : year;
        CapabilityMatrix matrix;
        try {
            matrix = gaps.matrix(user, y);
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/stats/capability";
        }
        model.addAttribute("year", y);
        model.addAttribute("matrix", matrix);
        model.addAttribute("heatmap", Heatmap.json(matrix, "/stats/capability/matrix/{x}?year=" + y));
        model.addAttribute("heatmapDescription", Heatmap.description(matrix));
        List<TrainingNeed> needs = gaps.trainingNeeds(user, y);
        model.addAttribute("needs", needs.subList(0, Math.min(5, needs.size())));
        model.addAttribute("needCount", needs.size());
        model.addAttribute("activities", activities.list(user, y));
        model.addAttribute("secretariat", CapabilityAssessments.secretariat(user));
        model.addAttribute("mayPlan", CapacityBuildingActivities.mayPlan(user));
        model.addAttribute("mayFill", CapabilityAssessments.mayFill(user));
        List<CapabilityAssessment.Summary> own = assessments.revisionsOf(user, user.memberCode(), y);
        model.addAttribute("draft", own.stream().filter(a -> a.status() == CapabilityAssessment.Status.DRAFT)
                .findFirst().orElse(null));
        model.addAttribute("inForce", own.stream().filter(a -> a.status() == CapabilityAssessment.Status.SUBMITTED)
                .findFirst().orElse(null));
        return "stats/capability/index";
    }

    @PostMapping("/stats/capability/assessments")
    String start(@RequestParam(required = false) Integer year,
                 @RequestParam(defaultValue = "false") boolean fromLastYear, RedirectAttributes redirect) {
        try {
            CapabilityAssessment a = assessments.start(currentUser.get(), year, fromLastYear);
            redirect.addFlashAttribute("notice", "Assessment of " + a.year() + " started"
                    + (a.copiedFrom() != null ? " from your last submitted answers: check and update each one."
                    : fromLastYear ? ": there is no earlier submitted assessment to copy, so it starts empty."
                    : "."));
            return "redirect:/stats/capability/assessments/" + a.id();
        } catch (InvalidRecordException | NotAllowedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/stats/capability" + (year == null ? "" : "?year=" + year);
        }
    }

    @GetMapping("/stats/capability/assessments/{id}")
    String assessment(@PathVariable UUID id, Model model) {
        EadsUser user = currentUser.get();
        CapabilityAssessment a = assessments.get(user, id);
        boolean own = a.member().equals(user.memberCode());
        List<CapabilityAssessment.Revision> history = assessments.history(user, id);
        model.addAttribute("assessment", a);
        model.addAttribute("dimensions", CapabilityDimension.values());
        model.addAttribute("levelNames", CapabilityDimension.LEVEL_NAMES);
        model.addAttribute("history", history);
        model.addAttribute("mayEdit", own && a.draft() && CapabilityAssessments.mayFill(user));
        model.addAttribute("maySubmit", own && a.draft() && CapabilityAssessments.maySubmit(user));
        model.addAttribute("mayRevise", own && a.status() == CapabilityAssessment.Status.SUBMITTED
                && CapabilityAssessments.mayFill(user)
                && history.stream().noneMatch(r -> r.status() == CapabilityAssessment.Status.DRAFT));
        model.addAttribute("outstandingFields", a.outstanding().stream().map(Problems.FieldProblem::field)
                .collect(Collectors.toSet()));
        // evidence still owed first: the page lists the first dozen, and unanswered scores are plain to see anyway
        model.addAttribute("outstanding", a.outstanding().stream()
                .sorted(Comparator.comparing((Problems.FieldProblem p) -> !p.field().endsWith(".evidence")))
                .map(p -> new Outstanding(anchor(p.field()), p.message())).toList());
        return "stats/capability/assessment";
    }

    /** What still stops a submission, and the id of the form field to fix it in. */
    record Outstanding(String anchor, String message) {
    }

    /** The id of the form's field for a problem's field: {@code TERRORISM.LEGISLATION.score} is score-TERRORISM-LEGISLATION. */
    private static String anchor(String field) {
        String[] parts = field.split("\\.");
        return parts.length == 3 ? parts[2] + "-" + parts[0] + "-" + parts[1] : "assessment-form";
    }

    @PostMapping("/stats/capability/assessments/{id}")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/capability/assessments/" + id, () -> {
            CapabilityAssessment a = assessments.answer(currentUser.get(), id, answers(form));
            return a.outstanding().isEmpty() ? "Saved. Every answer is complete: the supervisor can submit it."
                    : "Saved. " + a.outstanding().size() + " answers still needed before it can be submitted.";
        });
    }

    @PostMapping("/stats/capability/assessments/{id}/submit")
    String submit(@PathVariable UUID id, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/capability/assessments/" + id, () -> {
            CapabilityAssessment a = assessments.submit(currentUser.get(), id);
            return "Assessment of " + a.year() + " submitted: it is now locked and the Secretariat sees it.";
        });
    }

    @PostMapping("/stats/capability/assessments/{id}/revisions")
    String revise(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            CapabilityAssessment a = assessments.revise(currentUser.get(), id, reason);
            redirect.addFlashAttribute("notice", "Revision " + a.revision() + " opened with the submitted answers.");
            return "redirect:/stats/capability/assessments/" + a.id();
        } catch (InvalidRecordException | NotAllowedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/stats/capability/assessments/" + id;
        }
    }

    @GetMapping("/stats/capability/matrix/{crimeArea}")
    String drillDown(@PathVariable String crimeArea, @RequestParam int year, Model model,
                     RedirectAttributes redirect) {
        EadsUser user = currentUser.get();
        CapabilityMatrix matrix;
        try {
            matrix = gaps.drillDown(user, year, crimeArea);
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/stats/capability";
        }
        boolean mayPlan = CapacityBuildingActivities.mayPlan(user);
        model.addAttribute("year", year);
        model.addAttribute("matrix", matrix);
        model.addAttribute("heatmap", Heatmap.json(matrix, mayPlan ? "/stats/capability/activities/new?year=" + year
                + "&crimeArea=" + matrix.crimeArea() + "&dimension={x}&members={y}" : null));
        model.addAttribute("heatmapDescription", Heatmap.description(matrix));
        model.addAttribute("dimensions", CapabilityDimension.values());
        model.addAttribute("mayPlan", mayPlan);
        return "stats/capability/drill-down";
    }

    @GetMapping("/stats/capability/training-needs")
    String trainingNeeds(@RequestParam int year, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("needs", gaps.trainingNeeds(currentUser.get(), year));
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/stats/capability";
        }
        model.addAttribute("year", year);
        model.addAttribute("mayPlan", CapacityBuildingActivities.mayPlan(currentUser.get()));
        return "stats/capability/training-needs";
    }

    @GetMapping("/stats/capability/activities")
    String activityList(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("activities", activities.list(currentUser.get(), year));
        model.addAttribute("mayPlan", CapacityBuildingActivities.mayPlan(currentUser.get()));
        return "stats/capability/activities";
    }

    @GetMapping("/stats/capability/activities/new")
    String newActivity(@RequestParam(required = false) Integer year, @RequestParam(required = false) String crimeArea,
                       @RequestParam(required = false) String dimension,
                       @RequestParam(required = false) List<String> members, Model model) {
        EadsUser user = currentUser.get();
        if (!CapacityBuildingActivities.mayPlan(user)) {
            throw new NotAllowedException("Only the Secretariat's statistics focal points and supervisors record "
                    + "capacity-building activities");
        }
        int y = year == null ? Year.now().getValue() : year;
        model.addAttribute("form", new CapacityBuildingActivity.Input(y, null, "TRAINING", crimeArea, dimension,
                members == null ? List.of() : members, null, null, null, "PLANNED", null));
        model.addAttribute("activity", null);
        formChoices(user, y, model);
        return "stats/capability/activity";
    }

    @PostMapping("/stats/capability/activities")
    String record(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        EadsUser user = currentUser.get();
        CapacityBuildingActivity.Input in = null;
        try {
            in = input(form);
            CapacityBuildingActivity a = activities.record(user, in);
            redirect.addFlashAttribute("notice", "Activity recorded: " + a.title() + ".");
            return "redirect:" + UriComponentsBuilder.fromPath("/stats/capability/matrix/{area}")
                    .queryParam("year", a.year()).buildAndExpand(a.crimeArea()).toUriString();
        } catch (InvalidRecordException e) {
            // the form again, as it was filled, with what to fix
            model.addAttribute("error", e.getMessage());
            CapacityBuildingActivity.Input shown = in != null ? in : new CapacityBuildingActivity.Input(null,
                    form.getFirst("title"), form.getFirst("kind"), form.getFirst("crimeArea"),
                    form.getFirst("dimension"), form.getOrDefault("members", List.of()), null, null,
                    form.getFirst("organiser"), form.getFirst("status"), form.getFirst("notes"));
            model.addAttribute("form", shown);
            model.addAttribute("activity", null);
            formChoices(user, shown.year() == null ? Year.now().getValue() : shown.year(), model);
            return "stats/capability/activity";
        }
    }

    @GetMapping("/stats/capability/activities/{id}")
    String activity(@PathVariable UUID id, Model model) {
        EadsUser user = currentUser.get();
        CapacityBuildingActivity a = activities.get(user, id);
        model.addAttribute("activity", a);
        model.addAttribute("form", new CapacityBuildingActivity.Input(a.year(), a.title(), a.kind().name(),
                a.crimeArea(), a.dimension().name(), a.members(), a.startsOn(), a.endsOn(), a.organiser(),
                a.status().name(), a.notes()));
        formChoices(user, a.year(), model);
        return "stats/capability/activity";
    }

    @PostMapping("/stats/capability/activities/{id}")
    String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
                  RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/capability/activities/" + id, "Activity updated.",
                () -> activities.update(currentUser.get(), id, input(form)));
    }

    private void formChoices(EadsUser user, int year, Model model) {
        model.addAttribute("mayPlan", CapacityBuildingActivities.mayPlan(user));
        model.addAttribute("kinds", CapacityBuildingActivity.Kind.values());
        model.addAttribute("statuses", CapacityBuildingActivity.Status.values());
        model.addAttribute("dimensions", CapabilityDimension.values());
        model.addAttribute("crimeAreas", gaps.crimeAreas(year));
        model.addAttribute("countries", gaps.countries());
    }

    /**
     * The answers of the form: each score field ({@code CRIME_AREA.DIMENSION.score}) with the evidence and training
     * need fields beside it. The service checks the crime areas and dimensions they name.
     */
    private static List<CapabilityAssessment.AnswerInput> answers(MultiValueMap<String, String> form) {
        List<CapabilityAssessment.AnswerInput> out = new ArrayList<>();
        Problems p = new Problems();
        for (String field : form.keySet()) {
            Matcher m = SCORE_FIELD.matcher(field);
            if (!m.matches()) {
                continue;
            }
            String score = form.getFirst(field);
            Integer value = null;
            if (score != null && !score.isBlank()) {
                try {
                    value = Integer.valueOf(score.strip());
                } catch (NumberFormatException e) {
                    p.add(field, "'" + score + "' is not a score: choose 0 to 4");
                }
            }
            String prefix = m.group(1) + "." + m.group(2) + ".";
            out.add(new CapabilityAssessment.AnswerInput(m.group(1), m.group(2), value,
                    form.getFirst(prefix + "evidence"), form.getFirst(prefix + "trainingNeed")));
        }
        p.throwIfAny();
        return out;
    }

    private static CapacityBuildingActivity.Input input(MultiValueMap<String, String> form) {
        Problems p = new Problems();
        Integer year = null;
        String y = form.getFirst("year");
        if (y != null && !y.isBlank()) {
            try {
                year = Integer.valueOf(y.strip());
            } catch (NumberFormatException e) {
                p.add("year", "'" + y + "' is not a year");
            }
        }
        LocalDate starts = date(form.getFirst("startsOn"), "startsOn", p);
        LocalDate ends = date(form.getFirst("endsOn"), "endsOn", p);
        p.throwIfAny();
        List<String> members = form.getOrDefault("members", List.of()).stream().filter(m -> !m.isBlank()).toList();
        return new CapacityBuildingActivity.Input(year, form.getFirst("title"), form.getFirst("kind"),
                form.getFirst("crimeArea"), form.getFirst("dimension"), members, starts, ends,
                form.getFirst("organiser"), form.getFirst("status"), form.getFirst("notes"));
    }

    private static LocalDate date(String text, String field, Problems p) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            p.add(field, "'" + text + "' is not a date: give it as 2026-03-31");
            return null;
        }
    }

}
