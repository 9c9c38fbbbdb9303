package org.eads.records.internal.web;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eads.records.LinkKind;
import org.eads.records.Problems;
import tools.jackson.databind.JsonNode;

/** A request to link a record to another: {@code {"to": "<record id>", "kind": "ASSOCIATE_OF"}}. */
record LinkRequest(UUID to, LinkKind kind) {

    static final String KINDS = Arrays.stream(LinkKind.values()).map(Enum::name).collect(Collectors.joining(", "));

    /** Reads the request, naming each field that is missing or wrong. */
    static LinkRequest read(JsonNode body) {
        Problems p = new Problems();
        if (body == null || !body.isObject()) {
            p.add("", "the body must be a JSON object such as {\"to\": \"<record id>\", \"kind\": \"ASSOCIATE_OF\"}");
            p.throwIfAny();
        }
        LinkRequest link = of(text(body, "to"), text(body, "kind"), p);
        body.propertyNames().forEach(name -> {
            if (!name.equals("to") && !name.equals("kind")) {
                p.add(name, "is not a field of a link (fields: kind, to)");
            }
        });
        p.throwIfAny();
        return link;
    }

    /** The link from the two texts a form or a body gives, or the problems of each. */
    static LinkRequest of(String to, String kind, Problems p) {
        UUID id = null;
        if (to == null || to.isBlank()) {
            p.add("to", "is required: the id of the record to link to");
        } else {
            try {
                id = UUID.fromString(to.strip());
            } catch (IllegalArgumentException e) {
                p.add("to", "'" + to + "' is not a record id (a UUID such as 3f2b8c1e-6d4a-4f7e-9a1b-2c3d4e5f6a7b)");
            }
        }
        LinkKind k = null;
        if (kind == null || kind.isBlank()) {
            p.add("kind", "is required: one of " + KINDS);
        } else {
            try {
                k = LinkKind.valueOf(kind.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                p.add("kind", "'" + kind + "' is not one of " + KINDS);
            }
        }
        return new LinkRequest(id, k);
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.isString() ? v.asString() : v.toString();
    }
}
