package org.eads.identity.internal.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;

/**
 * The messages a form shows next to its fields, by field name; {@code null} names the form as a whole. Public for
 * the template engine.
 */
public final class AdminErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    static AdminErrors none() {
        return new AdminErrors();
    }

    /** Values that could not even be read (a letter in a number field, an unknown role). */
    static AdminErrors of(BindingResult binding) {
        AdminErrors errors = new AdminErrors();
        binding.getFieldErrors().forEach(e -> errors.add(e.getField(), "This value is not valid."));
        return errors;
    }

    AdminErrors add(String field, String message) {
        byField.putIfAbsent(field == null ? "" : field, message);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    /** The message about the form as a whole, if any. */
    public String general() {
        return byField.get("");
    }
}
