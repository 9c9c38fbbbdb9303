package org.eads.stats.internal.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.member.Member;
import org.eads.member.Members;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.stats.Classification;
import org.eads.stats.StatsAccess;
import org.eads.stats.StatsPage;
import org.eads.stats.StatsCompleteness;
import org.eads.stats.StatsSubmissions;
import org.eads.stats.Submission;
import org.eads.stats.SubmissionStatus;
import org.eads.stats.ValueInput;
import org.eads.web.FormActions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statistics pages of submissions: the home page (what the user has to do, the completeness of a year), the
 * completeness matrix, the entry grid of a submission with its validation and the steps of its approval, and the
 * history of its revisions.
 */
@Controller
@ConditionalOnWebApplication
@PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'ANALYST')")
class SubmissionPages implements StatsPage {

    private final StatsSubmissions submissions;
    private final StatsCompleteness completeness;
    private final org.eads.stats.Classifications classifications;
    private final Members members;
    private final CurrentUser currentUser;
    private final Clock clock;

    SubmissionPages(StatsSubmissions submissions, StatsCompleteness completeness,
                    org.eads.stats.Classifications classifications, Members members, CurrentUser currentUser,
                    Clock clock) {
        this.submissions = submissions;
        this.completeness = completeness;
        this.classifications = classifications;
        this.members = members;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/stats")
    String home(@RequestParam(required = false) Integer year, Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("todo", submissions.todo(user));
        completeness(user, year, model);
        model.addAttribute("mayEdit", StatsAccess.mayEdit(user, user.memberCode()));
        model.addAttribute("mayReview", StatsAccess.mayReview(user));
        model.addAttribute("secretariat", StatsAccess.secretariat(user));
        model.addAttribute("lastMonth", LocalDate.now(clock).minusMonths(1).toString().substring(0, 7));
        return "stats/index";
    }

    @GetMapping("/stats/completeness")
    String completeness(@RequestParam(required = false) Integer year, Model model) {
        completeness(currentUser.get(), year, model);
        return "stats/completeness";
    }

    private void completeness(EadsUser user, Integer year, Model model) {
        int now = LocalDate.now(clock).getYear();
        int y = year == null ? now : Math.clamp(year, classifications.firstYear(), now + 10);
        var matrix = completeness.of(user, y);
        Map<String, String> labels = new java.util.HashMap<>();
        for (String p : matrix.periods()) {
            org.eads.stats.Period period = org.eads.stats.Period.parse(p, "period");
            labels.put(p, switch (period.periodicity()) {
                case MONTH -> period.label().substring(0, 3);
                case QUARTER -> "Q" + period.number();
                case YEAR -> "Year";
            });
        }
        model.addAttribute("completeness", matrix);
        model.addAttribute("periodLabels", labels);
        model.addAttribute("year", y);
        model.addAttribute("memberNames", memberNames());
    }

    @PostMapping("/stats/submissions")
    String open(@RequestParam String period, RedirectAttributes redirect) {
        try {
            return "redirect:/stats/submissions/" + submissions.open(currentUser.get(), period).id();
        } catch (InvalidRecordException | NotAllowedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/stats";
        }
    }

    @GetMapping("/stats/submissions/{id}")
    String submission(@PathVariable UUID id, Model model) {
        EadsUser user = currentUser.get();
        StatsSubmissions.SubmissionView view = submissions.view(user, id);
        show(user, view, model);
        return "stats/submission";
    }

    private void show(EadsUser user, StatsSubmissions.SubmissionView view, Model model) {
        Submission s = view.submission();
        model.addAttribute("s", s);
        model.addAttribute("period", s.parsedPeriod());
        model.addAttribute("classification", view.classification());
        model.addAttribute("issues", view.issues());
        model.addAttribute("grid", EntryGrid.of(view.classification(), s.parsedPeriod(), s.values(), view.issues()));
        model.addAttribute("memberName", memberNames().getOrDefault(s.member(), s.member()));
        model.addAttribute("editable", s.status().editable() && StatsAccess.mayEdit(user, s.member()));
        model.addAttribute("maySubmit", s.status().editable() && StatsAccess.maySubmit(user, s.member()));
        model.addAttribute("mayReview", s.status() == SubmissionStatus.SUBMITTED && StatsAccess.mayReview(user));
        model.addAttribute("mayRevise", s.status() == SubmissionStatus.ACCEPTED && StatsAccess.mayEdit(user, s.member()));
        model.addAttribute("stopping", view.issues().stream().filter(i -> i.stops()).count());
    }

    /**
     * Saves the grid. From htmx the answer is the validation panel, with what the save refused or the issues the
     * values now raise; without it, the page again.
     */
    @PostMapping("/stats/submissions/{id}/values")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect) {
        EadsUser user = currentUser.get();
        List<String> keys = new ArrayList<>();
        List<ValueInput> values = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : form.keySet()) {
            if (!name.startsWith(EntryGrid.VALUE) || !seen.add(name)) {
                continue;
            }
            String key = name.substring(EntryGrid.VALUE.length());
            Classification.Cell cell = EntryGrid.cell(key);
            if (cell == null) {
                continue;
            }
            keys.add(key);
            values.add(new ValueInput(cell.crimeArea(), cell.indicator(), cell.disaggregation(),
                    form.getFirst(name), form.getFirst(EntryGrid.NOTE + key)));
        }
        List<SaveError> errors = new ArrayList<>();
        try {
            submissions.putValues(user, id, values);
        } catch (InvalidRecordException e) {
            for (Problems.FieldProblem p : e.problems()) {
                int open = p.field().indexOf('[');
                int close = p.field().indexOf(']');
                errors.add(new SaveError(open >= 0 && close > open
                        ? keys.get(Integer.parseInt(p.field().substring(open + 1, close))) : null, p.message()));
            }
        }
        if (htmx == null) {
            if (errors.isEmpty()) {
                redirect.addFlashAttribute("notice", "Saved.");
            } else {
                redirect.addFlashAttribute("error", "Not saved: " + String.join(" ",
                        errors.stream().map(SaveError::message).toList()));
            }
            return "redirect:/stats/submissions/" + id;
        }
        StatsSubmissions.SubmissionView view = submissions.view(user, id);
        show(user, view, model);
        model.addAttribute("saveErrors", errors);
        model.addAttribute("saved", errors.isEmpty());
        model.addAttribute("savedAt", java.time.LocalTime.now(clock).withNano(0));
        return "stats/submission :: validation";
    }

    /** What stopped a save, and the key of the cell it concerns (null when it concerns none). */
    record SaveError(String key, String message) {
    }

    @PostMapping("/stats/submissions/{id}/submit")
    String submit(@PathVariable UUID id, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/submissions/" + id, "Submitted to the Secretariat for validation.",
                () -> submissions.submit(currentUser.get(), id));
    }

    @PostMapping("/stats/submissions/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/submissions/" + id, "Accepted: its values are now in force.",
                () -> submissions.accept(currentUser.get(), id, comment));
    }

    @PostMapping("/stats/submissions/{id}/return")
    String returnToMember(@PathVariable UUID id, @RequestParam(required = false) String comment,
                          RedirectAttributes redirect) {
        return FormActions.act(redirect, "/stats/submissions/" + id, "Returned to the member with your comments.",
                () -> submissions.returnToMember(currentUser.get(), id, comment));
    }

    @PostMapping("/stats/submissions/{id}/revisions")
    String revise(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            Submission next = submissions.revise(currentUser.get(), id, reason);
            redirect.addFlashAttribute("notice", "Revision " + next.revision() + " opened: the accepted values stay "
                    + "in force until it is accepted.");
            return "redirect:/stats/submissions/" + next.id();
        } catch (InvalidRecordException | NotAllowedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/stats/submissions/" + id;
        }
    }

    @GetMapping("/stats/submissions/{id}/history")
    String history(@PathVariable UUID id, Model model) {
        EadsUser user = currentUser.get();
        var history = submissions.history(user, id);
        Submission latest = history.revisions().getLast().submission();
        model.addAttribute("history", history);
        model.addAttribute("id", id);
        model.addAttribute("period", latest.parsedPeriod());
        model.addAttribute("classification", submissions.classificationOf(latest));
        model.addAttribute("memberName", memberNames().getOrDefault(history.member(), history.member()));
        return "stats/history";
    }

    private Map<String, String> memberNames() {
        Map<String, String> out = new java.util.HashMap<>();
        for (Member m : members.all()) {
            out.put(m.code(), m.name());
        }
        return out;
    }
}
