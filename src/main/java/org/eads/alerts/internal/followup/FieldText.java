package org.eads.alerts.internal.followup;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** A record field's JSON value as one line of text, for showing a disclosed field. */
public final class FieldText {

    private FieldText() {
    }

    public static String of(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(of(v)));
            return String.join("; ", parts);
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            for (var e : value.properties()) {
                String text = of(e.getValue());
                if (!text.isEmpty()) {
                    parts.add(e.getKey() + ": " + text);
                }
            }
            return String.join(", ", parts);
        }
        return value.asString();
    }
}
