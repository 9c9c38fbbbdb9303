package org.eads.records.internal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.member.Agency;
import org.eads.member.Members;
import org.eads.records.InvalidRecordException;
import org.eads.records.LinkKind;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.records.RecordCodec;
import org.eads.records.RecordDossier;
import org.eads.records.RecordNotFoundException;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.records.StaleVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The record page: every field, the sharing and handling, links and version history; delete and link from it. */
@Controller
class RecordPage {

    private final Records records;
    private final RecordCodec codec;
    private final CurrentUser currentUser;
    private final RecordFields fields;
    private final SnapshotDiff diff;
    private final Members members;

    RecordPage(Records records, RecordCodec codec, CurrentUser currentUser, RecordFields fields, SnapshotDiff diff,
               Members members) {
        this.records = records;
        this.codec = codec;
        this.currentUser = currentUser;
        this.fields = fields;
        this.diff = diff;
        this.members = members;
    }

    /** One version in the history, with the changed fields in words. */
    public record VersionView(int version, String change, String changedBy, Instant changedAt, List<ChangeView> changes) {
    }

    /** One changed field: its name in words, and the values before and after. */
    public record ChangeView(String field, String before, String after) {
    }

    @GetMapping("/records/{id}")
    String view(@PathVariable UUID id, @RequestParam(required = false) String purpose, Model model) {
        return page(model, id, purpose, "", "", null);
    }

    @PostMapping("/records/{id}/links")
    String link(@PathVariable UUID id, @RequestParam(required = false) String to, @RequestParam(required = false) String kind,
                Model model, RedirectAttributes flash, HttpServletResponse response) {
        Problems problems = new Problems();
        LinkRequest link = LinkRequest.of(to, kind, problems);
        if (problems.isEmpty()) {
            try {
                records.link(currentUser.get(), id, link.to(), link.kind());
                flash.addFlashAttribute("notice", "Linked: this record " + link.kind().phrase() + " " + link.to() + ".");
                return "redirect:/records/" + id + "#links";
            } catch (RecordNotFoundException e) {
                if (!e.id().equals(link.to())) {
                    throw e;
                }
                problems.add("to", "there is no record with this id that you may see");
            } catch (InvalidRecordException e) {
                e.problems().forEach(p -> problems.add(p.field(), p.message()));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, id, "link", to == null ? "" : to, kind == null ? "" : kind, problems);
    }

    @PostMapping("/records/{id}/links/{linkId}/delete")
    String unlink(@PathVariable UUID id, @PathVariable long linkId, RedirectAttributes flash) {
        records.unlink(currentUser.get(), id, linkId);
        flash.addFlashAttribute("notice", "Link removed.");
        return "redirect:/records/" + id + "#links";
    }

    /** The confirmation step of a delete: it asks why, and says what will happen. */
    @GetMapping("/records/{id}/delete")
    String confirmDelete(@PathVariable UUID id, Model model) {
        SharedRecord r = changeable(id);
        return deletePage(model, r, r.version(), "", List.of(), null);
    }

    @PostMapping("/records/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Integer version, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        try {
            records.delete(currentUser.get(), id, version, reason);
            flash.addFlashAttribute("notice", "The record was deleted. It stays in its history with your reason.");
            return "redirect:/records";
        } catch (InvalidRecordException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return deletePage(model, changeable(id), version, reason, e.problems().stream().map(Problems.FieldProblem::message).toList(), null);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return deletePage(model, changeable(id), e.current(), reason, List.of(), e.getMessage());
        }
    }

    private String deletePage(Model model, SharedRecord r, Integer version, String reason, List<String> errors,
                              String conflict) {
        model.addAttribute("record", r);
        model.addAttribute("version", version);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("reasonErrors", errors);
        model.addAttribute("conflict", conflict);
        return "records/delete";
    }

    private SharedRecord changeable(UUID id) {
        EadsUser user = currentUser.get();
        SharedRecord r = records.view(user, id, "delete").orElseThrow(() -> new RecordNotFoundException(id));
        if (!records.mayChange(user, r)) {
            throw new NotAllowedException("Only the officer who created this record, or a supervisor of "
                    + r.ownerMember() + ", may delete it.");
        }
        return r;
    }

    private String page(Model model, UUID id, String purpose, String linkTo, String linkKind, Problems linkProblems) {
        EadsUser user = currentUser.get();
        RecordDossier d = records.dossier(user, id, purpose);
        SharedRecord r = d.record();
        List<FieldSpec> envelope = fields.envelope(user);
        model.addAttribute("record", r);
        model.addAttribute("dossier", d);
        model.addAttribute("details", FormView.of(RecordForm.fromJson(r.type(), fields.of(r.type()), codec.write(r)),
                fields.of(r.type()), List.of(), List.of(), path -> path, false).fields());
        model.addAttribute("agency", r.agencyId() == null ? null
                : members.agency(r.agencyId()).map(Agency::name).orElse(null));
        model.addAttribute("sharedWith", r.sharedWith().stream().sorted().toList());
        model.addAttribute("handlingCodes", r.handlingCodes().stream().sorted().toList());
        model.addAttribute("history", history(r, d, envelope));
        model.addAttribute("linkKinds", Arrays.asList(LinkKind.values()));
        model.addAttribute("linkTo", linkTo);
        model.addAttribute("linkKind", linkKind);
        model.addAttribute("linkToErrors", messages(linkProblems, "to"));
        model.addAttribute("linkKindErrors", messages(linkProblems, "kind"));
        return "records/view";
    }

    private List<VersionView> history(SharedRecord r, RecordDossier d, List<FieldSpec> envelope) {
        List<VersionView> out = new ArrayList<>();
        for (HistoryEntry e : diff.history(d.history())) {
            out.add(new VersionView(e.version(), e.change(), e.changedBy(), e.changedAt(), e.changes().stream()
                    .map(c -> new ChangeView(fields.label(r.type(), envelope, c.field()), c.before(), c.after()))
                    .toList()));
        }
        return out;
    }

    private static List<String> messages(Problems problems, String field) {
        return problems == null ? List.of() : problems.list().stream().filter(p -> p.field().equals(field))
                .map(Problems.FieldProblem::message).toList();
    }
}
