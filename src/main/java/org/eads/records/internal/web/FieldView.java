package org.eads.records.internal.web;

import java.util.List;

/**
 * One field as a page renders it: its input name and id, its value or choices, its hint and its problems. The
 * template only renders; everything it needs is decided here.
 */
public record FieldView(String name, String id, String label, FieldKind kind, String hint, boolean required,
                        String value, List<ChoiceView> choices, List<String> errors, List<List<FieldView>> rows) {

    /** One choice of a select, radio group or checkbox group. */
    public record ChoiceView(String value, String label, String help, String id, boolean selected) {
    }

    /** The kind as the templates switch on it ({@code text}, {@code long-text}, {@code rows}, ...). */
    public String control() {
        return kind.name().toLowerCase().replace('_', '-');
    }

    public String hintId() {
        return id + "-hint";
    }

    public String errorId() {
        return id + "-error";
    }

    public boolean invalid() {
        return !errors.isEmpty();
    }

    /** The ids that describe the input, for {@code aria-describedby}: its hint and its problems. */
    public String describedBy() {
        String ids = (hint == null ? "" : hintId()) + (invalid() ? " " + errorId() : "");
        return ids.isBlank() ? null : ids.strip();
    }

    /** The words the record page shows for the value: choice labels, one line per list item. */
    public List<String> shown() {
        if (kind.hasChoices()) {
            return choices.stream().filter(ChoiceView::selected).map(ChoiceView::label).toList();
        }
        if (kind == FieldKind.LINES) {
            return value.lines().filter(l -> !l.isBlank()).toList();
        }
        return value.isBlank() ? List.of() : List.of(value);
    }

    /** Whether the record page has anything to show for the field. */
    public boolean filled() {
        return kind == FieldKind.ROWS ? !rows.isEmpty() : !shown().isEmpty();
    }

    public String addLabel() {
        return switch (name) {
            case "names" -> "Add another name";
            case "identityDocuments" -> "Add another identity document";
            default -> "Add another row";
        };
    }
}
