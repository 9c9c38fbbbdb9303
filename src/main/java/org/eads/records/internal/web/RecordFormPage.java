package org.eads.records.internal.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems.FieldProblem;
import org.eads.records.RecordCodec;
import org.eads.records.RecordNotFoundException;
import org.eads.records.RecordType;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.records.StaleVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms to create and change a record. A posted form becomes the record's flat JSON and goes through
 * {@link RecordCodec#read} and {@link Records}, exactly as an API call does, so a form and the API can never
 * disagree on what is valid. On a problem the form comes back with what was entered and each message beside its
 * field.
 */
@Controller
class RecordFormPage {

    private final Records records;
    private final RecordCodec codec;
    private final CurrentUser currentUser;
    private final RecordFields fields;

    RecordFormPage(Records records, RecordCodec codec, CurrentUser currentUser, RecordFields fields) {
        this.records = records;
        this.codec = codec;
        this.currentUser = currentUser;
        this.fields = fields;
    }

    /** A type chooser first; the form of the type once one is chosen. */
    @GetMapping("/records/new")
    String newRecord(@RequestParam(required = false) String type, Model model) {
        RecordType t = parseType(type);
        if (t == null) {
            model.addAttribute("types", Arrays.stream(RecordType.values())
                    .map(r -> new Choice(r.name(), r.title(), RecordFields.describe(r))).toList());
            model.addAttribute("unknownType", type != null && !type.isBlank());
            return "records/choose-type";
        }
        EadsUser user = currentUser.get();
        RecordForm form = RecordForm.empty(t).with("sharingLevel", "NATIONAL")
                .with("agencyId", user.agencyId() == null ? "" : user.agencyId().toString());
        return form(model, user, form, List.of(), null, null);
    }

    @PostMapping("/records/new")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        RecordType t = parseType(params.getFirst("type"));
        if (t == null) {
            return "redirect:/records/new";
        }
        EadsUser user = currentUser.get();
        RecordForm form = RecordForm.fromRequest(t, all(t, user), params);
        if (params.containsKey("addRow")) {
            return form(model, user, withRow(form, params.getFirst("addRow")), List.of(), null, null);
        }
        try {
            SharedRecord r = records.create(user, codec.read(form.toJson(all(t, user), codec.mapper())).input());
            flash.addFlashAttribute("notice", r.type().title() + " record created: " + r.label());
            return "redirect:/records/" + r.id();
        } catch (InvalidRecordException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, user, form, e.problems(), null, null);
        }
    }

    @GetMapping("/records/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        EadsUser user = currentUser.get();
        SharedRecord r = records.view(user, id, "edit").orElseThrow(() -> new RecordNotFoundException(id));
        if (!records.mayChange(user, r)) {
            throw new NotAllowedException("Only the officer who created this record, or a supervisor of "
                    + r.ownerMember() + ", may change it.");
        }
        RecordForm form = RecordForm.fromJson(r.type(), all(r.type(), user), codec.write(r));
        return form(model, user, form, List.of(), r, null);
    }

    @PostMapping("/records/{id}/edit")
    String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes flash, HttpServletResponse response) {
        EadsUser user = currentUser.get();
        SharedRecord current = records.view(user, id, "edit").orElseThrow(() -> new RecordNotFoundException(id));
        RecordType t = current.type();
        RecordForm form = RecordForm.fromRequest(t, all(t, user), params);
        int version = version(params.getFirst("version"));
        if (params.containsKey("addRow")) {
            return form(model, user, withRow(form, params.getFirst("addRow")), List.of(), current, version);
        }
        try {
            SharedRecord r = records.update(user, id, version, codec.read(form.toJson(all(t, user), codec.mapper())).input());
            flash.addFlashAttribute("notice", "Saved: the record is now at version " + r.version() + ".");
            return "redirect:/records/" + r.id();
        } catch (InvalidRecordException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, user, form, e.problems(), current, version);
        } catch (StaleVersionException e) {
            // Keep what the officer typed; the next save is made against the version now stored, on purpose.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", e.getMessage());
            return form(model, user, form, List.of(), current, e.current());
        }
    }

    private String form(Model model, EadsUser user, RecordForm form, List<FieldProblem> problems, SharedRecord editing,
                        Integer version) {
        RecordType t = form.type();
        List<FieldSpec> envelope = fields.envelope(user);
        model.addAttribute("type", t);
        model.addAttribute("form", FormView.of(form, fields.of(t), envelope, problems,
                path -> fields.label(t, envelope, path), true));
        model.addAttribute("editing", editing);
        model.addAttribute("version", version != null ? version : editing != null ? editing.version() : null);
        model.addAttribute("action", editing == null ? "/records/new" : "/records/" + editing.id() + "/edit");
        return "records/form";
    }

    /** A form's own fields and the envelope: all that the JSON of a record of the type is made of. */
    private List<FieldSpec> all(RecordType type, EadsUser user) {
        List<FieldSpec> all = new ArrayList<>(fields.of(type));
        all.addAll(fields.envelope(user));
        return all;
    }

    private RecordForm withRow(RecordForm form, String field) {
        boolean isRows = fields.of(form.type()).stream()
                .anyMatch(f -> f.kind() == FieldKind.ROWS && f.name().equals(field));
        return isRows ? form.withRowAdded(field) : form;
    }

    /** The version the form was opened at; a form that lost it is treated as stale rather than saved blindly. */
    private static int version(String posted) {
        try {
            return posted == null ? -1 : Integer.parseInt(posted.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static RecordType parseType(String type) {
        if (type == null) {
            return null;
        }
        return Arrays.stream(RecordType.values()).filter(t -> t.name().equalsIgnoreCase(type.strip())).findFirst().orElse(null);
    }
}
