package org.eads.records;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with an input, field by field, so that every mistake is reported at once. */
public final class Problems {

    private final List<FieldProblem> list;
    private final String prefix;

    public Problems() {
        this(new ArrayList<>(), "");
    }

    private Problems(List<FieldProblem> list, String prefix) {
        this.list = list;
        this.prefix = prefix;
    }

    /** Problems of a nested part, reported under {@code field.}, into the same list. */
    public Problems at(String field) {
        return new Problems(list, prefix + field + ".");
    }

    public void add(String field, String message) {
        list.add(new FieldProblem(prefix + field, message));
    }

    public void require(Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "is required");
        }
    }

    public void maxLength(String value, String field, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters");
        }
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(list);
    }

    /** Throws if anything was found. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidRecordException(list());
        }
    }

    /** One thing wrong with one field: {@code field} is a dotted path such as {@code names[0].full}. */
    public record FieldProblem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}
