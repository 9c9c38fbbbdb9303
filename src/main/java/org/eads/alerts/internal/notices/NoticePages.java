package org.eads.alerts.internal.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.eads.alerts.Distribution;
import org.eads.alerts.Notice;
import org.eads.alerts.NoticeFilter;
import org.eads.alerts.NoticeNotFoundException;
import org.eads.alerts.NoticeStateException;
import org.eads.alerts.NoticeType;
import org.eads.alerts.NoticeView;
import org.eads.alerts.Notices;
import org.eads.alerts.internal.cap.CapExport;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.InvalidRecordException;
import org.eads.records.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notice pages: the list and approval queue, the form, the notice with its actions, its CAP download. */
@Controller
class NoticePages {

    private final Notices notices;
    private final CapExport cap;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoticePages(Notices notices, CapExport cap, CurrentUser currentUser, Clock clock) {
        this.notices = notices;
        this.cap = cap;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/notices")
    String list(@RequestParam(required = false) NoticeType type,
                @RequestParam(required = false) NoticeFilter.State state, Model model) {
        EadsUser user = currentUser.get();
        NoticeFilter filter = new NoticeFilter(type, state);
        model.addAttribute("filter", filter);
        model.addAttribute("types", NoticeType.values());
        model.addAttribute("states", NoticeFilter.State.values());
        model.addAttribute("notices", notices.list(user, filter));
        model.addAttribute("approvals", notices.awaitingApproval(user));
        return "notices/list";
    }

    @GetMapping("/notices/new")
    String blank(Model model) {
        return form(model, NoticeForm.blank(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)), null, List.of());
    }

    @PostMapping("/notices")
    String create(@ModelAttribute("form") NoticeForm form, Model model, HttpServletResponse response) {
        return saved(model, response, form, null, () -> notices.draft(currentUser.get(), form.toInput()));
    }

    @GetMapping("/notices/{id}")
    String show(@PathVariable UUID id, Model model) {
        EadsUser user = currentUser.get();
        NoticeView view = notices.view(user, id);
        model.addAttribute("supervisor", user.has(Role.SUPERVISOR));
        model.addAttribute("view", view);
        model.addAttribute("n", view.notice());
        return "notices/view";
    }

    @GetMapping("/notices/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        NoticeView view = notices.view(currentUser.get(), id);
        if (!view.may().edit() && !view.may().update()) {
            throw new NoticeStateException(HttpStatus.FORBIDDEN, "You may not change this notice");
        }
        return form(model, NoticeForm.of(view.notice(), view.records()), view.notice(), List.of());
    }

    @PostMapping("/notices/{id}")
    String change(@PathVariable UUID id, @ModelAttribute("form") NoticeForm form, Model model,
                  HttpServletResponse response) {
        Notice current = notices.view(currentUser.get(), id).notice();
        return saved(model, response, form, current, () -> notices.change(currentUser.get(), id, form.toInput()));
    }

    @PostMapping("/notices/{id}/submit")
    String submit(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, "Submitted.", () -> notices.submit(currentUser.get(), id));
    }

    @PostMapping("/notices/{id}/approve")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, "Approved and issued.", () -> notices.approve(currentUser.get(), id));
    }

    @PostMapping("/notices/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return step(id, redirect, "Sent back to the drafter.", () -> notices.reject(currentUser.get(), id, reason));
    }

    @PostMapping("/notices/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return step(id, redirect, "Cancelled.", () -> notices.cancel(currentUser.get(), id, reason));
    }

    @PostMapping("/notices/{id}/flag")
    String flag(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return step(id, redirect, "Flag set.", () -> notices.flag(currentUser.get(), id, reason));
    }

    @PostMapping("/notices/{id}/flag/delete")
    String unflag(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, "Flag withdrawn.", () -> {
            notices.unflag(currentUser.get(), id);
            return null;
        });
    }

    @PostMapping("/notices/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, "Acknowledged.", () -> notices.acknowledge(currentUser.get(), id, "PAGE"));
    }

    /** The notice's latest notification as a CAP 1.2 file. */
    @GetMapping("/notices/{id}/cap")
    ResponseEntity<byte[]> cap(@PathVariable UUID id) {
        byte[] xml = cap.exportNotice(currentUser.get(), id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/cap+xml"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("notice-" + id + ".cap.xml").build().toString())
                .body(xml);
    }

    @ExceptionHandler(NoticeNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /** Runs a step on the notice page; a step that is not possible comes back as a message on the page. */
    private String step(UUID id, RedirectAttributes redirect, String done, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("done", done);
        } catch (NoticeStateException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("problem", String.join("; ",
                    e.problems().stream().map(Problems.FieldProblem::toString).toList()));
        }
        return "redirect:/notices/" + id;
    }

    /** Saves the form; a form with mistakes comes back as it was sent, with each mistake at its field. */
    private String saved(Model model, HttpServletResponse response, NoticeForm form, Notice current,
                         Supplier<Notice> save) {
        try {
            return "redirect:/notices/" + save.get().id();
        } catch (InvalidRecordException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, current, e.problems());
        } catch (NoticeStateException e) {
            response.setStatus(e.getStatusCode().value());
            return form(model, form, current, List.of(new Problems.FieldProblem("", e.getMessage())));
        }
    }

    private String form(Model model, NoticeForm form, Notice current, List<Problems.FieldProblem> problems) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Problems.FieldProblem p : problems) {
            String field = p.field().replaceAll("\\[\\d+]$", "");
            errors.computeIfAbsent(field, f -> new ArrayList<>()).add(p.message());
        }
        model.addAttribute("form", form);
        model.addAttribute("current", current);
        model.addAttribute("errors", errors);
        model.addAttribute("types", NoticeType.values());
        model.addAttribute("distributions", Distribution.values());
        model.addAttribute("members", notices.addressableMembers(currentUser.get()));
        return "notices/form";
    }
}
