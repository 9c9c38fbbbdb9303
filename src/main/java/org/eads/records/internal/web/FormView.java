package org.eads.records.internal.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eads.records.Problems.FieldProblem;

/**
 * A record form or record page ready to render: the type's fields, the envelope's fields, and a summary of every
 * problem that links to the input it belongs to. A problem whose path names an input is shown next to it; one on a
 * list item ({@code nationalities[2]}, {@code names[1]}) next to the list; the rest in the summary only.
 */
public record FormView(List<FieldView> fields, List<FieldView> envelope, List<SummaryItem> summary) {

    /** One problem in the summary at the top of a form, with the id of the input to jump to (or null). */
    public record SummaryItem(String text, String anchor) {
    }

    static FormView of(RecordForm form, List<FieldSpec> fields, List<FieldSpec> envelope, List<FieldProblem> problems,
                       Function<String, String> labels, boolean forEditing) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(p.message()));
        Map<String, String> anchors = new LinkedHashMap<>();
        Builder b = new Builder(form, byField, anchors, forEditing);
        List<FieldView> typeViews = fields.stream().filter(f -> !forEditing || f.kind() != FieldKind.DERIVED)
                .map(b::view).toList();
        List<FieldView> envelopeViews = envelope.stream().map(b::view).toList();
        List<SummaryItem> summary = problems.stream()
                .map(p -> new SummaryItem((p.field().isEmpty() ? "" : labels.apply(p.field()) + ": ") + p.message(),
                        anchors.get(p.field())))
                .toList();
        return new FormView(typeViews, envelopeViews, summary);
    }

    private record Builder(RecordForm form, Map<String, List<String>> problems, Map<String, String> anchors,
                           boolean forEditing) {

        FieldView view(FieldSpec f) {
            return view(f, f.name());
        }

        private FieldView view(FieldSpec f, String name) {
            String id = "f-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
            List<String> errors = new ArrayList<>(claim(name, id, ""));
            List<List<FieldView>> rows = List.of();
            if (f.kind() == FieldKind.ROWS) {
                int n = forEditing ? form.shownRows(name) : form.filledRows(name);
                rows = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    errors.addAll(claim(name + "[" + i + "]", id, "row " + (i + 1) + ": "));
                    List<FieldView> cells = new ArrayList<>();
                    for (FieldSpec c : f.columns()) {
                        cells.add(view(c, RecordForm.rowInput(name, i, c.name())));
                    }
                    rows.add(cells);
                }
            } else if (f.kind().multiple() || f.kind() == FieldKind.LINES) {
                for (String path : List.copyOf(problems.keySet())) {
                    if (path.startsWith(name + "[") && path.endsWith("]") && !anchors.containsKey(path)) {
                        String index = path.substring(name.length() + 1, path.length() - 1);
                        String prefix = f.kind() == FieldKind.LINES && index.matches("\\d+")
                                ? "line " + (Integer.parseInt(index) + 1) + ": " : "";
                        errors.addAll(claim(path, id, prefix));
                    }
                }
            }
            return new FieldView(name, id, f.label(), f.kind(), f.hint(), f.required(), form.value(name),
                    choices(f, name, id), errors, rows);
        }

        private List<String> claim(String path, String id, String prefix) {
            List<String> messages = problems.get(path);
            if (messages == null) {
                return List.of();
            }
            anchors.putIfAbsent(path, id);
            return messages.stream().map(m -> prefix + m).toList();
        }

        /** The field's choices, with what the form holds selected; a held value no choice offers is kept. */
        private List<FieldView.ChoiceView> choices(FieldSpec f, String name, String id) {
            if (!f.kind().hasChoices()) {
                return List.of();
            }
            Set<String> held = new HashSet<>(f.kind().multiple() ? form.values(name) : List.of(form.value(name)));
            held.remove("");
            List<FieldView.ChoiceView> out = new ArrayList<>();
            for (Choice c : f.choices()) {
                out.add(new FieldView.ChoiceView(c.value(), c.label(), c.help(), id + "-" + c.value().replaceAll("[^A-Za-z0-9]+", "-"),
                        held.remove(c.value())));
            }
            held.stream().sorted().forEach(v -> out.add(new FieldView.ChoiceView(v, v, null, id + "-" + v.replaceAll("[^A-Za-z0-9]+", "-"), true)));
            return out;
        }
    }
}
