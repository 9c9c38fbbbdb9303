package org.eads.records.internal.web;

import java.util.List;

/**
 * One field of a record's form and page. {@code name} is the field's name in the record's JSON form, so that the
 * problems {@code RecordCodec} reports ({@code names[0].full}) land next to the input of the same name.
 * {@code numeric} fields go into the JSON as numbers.
 */
record FieldSpec(String name, String label, FieldKind kind, String hint, boolean required, boolean numeric,
                 List<Choice> choices, List<FieldSpec> columns) {

    FieldSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    static FieldSpec of(String name, String label, FieldKind kind) {
        return new FieldSpec(name, label, kind, null, false, kind == FieldKind.NUMBER, null, null);
    }

    static FieldSpec choice(String name, String label, FieldKind kind, List<Choice> choices) {
        return new FieldSpec(name, label, kind, null, false, false, choices, null);
    }

    static FieldSpec rows(String name, String label, List<FieldSpec> columns) {
        return new FieldSpec(name, label, FieldKind.ROWS, null, false, false, null, columns);
    }

    FieldSpec hint(String text) {
        return new FieldSpec(name, label, kind, text, required, numeric, choices, columns);
    }

    FieldSpec mandatory() {
        return new FieldSpec(name, label, kind, hint, true, numeric, choices, columns);
    }

    FieldSpec asNumber() {
        return new FieldSpec(name, label, kind, hint, required, true, choices, columns);
    }
}
