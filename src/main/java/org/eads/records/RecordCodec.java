package org.eads.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eads.sharing.HandlingCode;
import org.eads.sharing.SharingLevel;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one JSON form of a record, shared by the API, import and export: a flat object with the envelope fields
 * ({@code id}, {@code type}, {@code ownerMember}, {@code sharingLevel}, ...) beside the type's own fields
 * ({@code names}, {@code dateOfBirth}, ...). Reading reports every problem with its field name.
 */
@Component
public class RecordCodec {

    /** Envelope fields: everything else in the object belongs to the type's data. */
    static final Set<String> ENVELOPE = Set.of("id", "type", "ownerMember", "agencyId", "createdBy", "sharingLevel",
            "sharedWith", "handlingCodes", "handlingNote", "classification", "reviewDate", "label", "version",
            "createdAt", "updatedAt", "updatedBy", "links");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    public JsonMapper mapper() {
        return mapper;
    }

    /** A record read from JSON, with the version the writer last saw (for updates), if given. */
    public record Parsed(RecordInput input, Integer version) {
    }

    public Parsed read(JsonNode node) {
        Problems p = new Problems();
        if (node == null || !node.isObject()) {
            throw new InvalidRecordException("", "the body must be a JSON object");
        }
        reportNulCharacters(node, "", p);
        p.throwIfAny();
        RecordType type = enumValue(node, "type", RecordType.class, p);
        SharingLevel level = enumValue(node, "sharingLevel", SharingLevel.class, p);
        Classification classification = enumValue(node, "classification", Classification.class, p);
        Set<String> sharedWith = strings(node, "sharedWith", p);
        Set<HandlingCode> codes = new LinkedHashSet<>();
        int i = 0;
        for (String c : strings(node, "handlingCodes", p)) {
            try {
                codes.add(HandlingCode.valueOf(c));
            } catch (IllegalArgumentException e) {
                p.add("handlingCodes[" + i + "]", "'" + c + "' is not one of H0, H1, H2, H3");
            }
            i++;
        }
        String handlingNote = text(node, "handlingNote", p);
        LocalDate reviewDate = null;
        String review = text(node, "reviewDate", p);
        if (review != null) {
            try {
                reviewDate = LocalDate.parse(review);
            } catch (java.time.DateTimeException e) {
                p.add("reviewDate", "'" + review + "' is not a date (yyyy-mm-dd)");
            }
        }
        Long agencyId = node.has("agencyId") && node.get("agencyId").canConvertToLong() ? node.get("agencyId").asLong() : null;
        if (node.has("agencyId") && !node.get("agencyId").isNull() && agencyId == null) {
            p.add("agencyId", "must be a number");
        }
        Integer version = null;
        if (node.has("version") && !node.get("version").isNull()) {
            if (node.get("version").canConvertToInt()) {
                version = node.get("version").asInt();
            } else {
                p.add("version", "must be a whole number");
            }
        }
        Set<String> unreadable = new HashSet<>();
        RecordData data = type == null ? null : data(type, (ObjectNode) node, p, unreadable);
        if (type == null && (node.get("type") == null || node.get("type").isNull())) {
            p.add("type", "is required: one of PERSON, TRAVEL_DOCUMENT, VEHICLE, FIREARM, ORGANISATION, INDICATOR");
        }
        RecordInput input = new RecordInput(data, level, sharedWith, codes, handlingNote, classification, reviewDate,
                agencyId);
        if (data != null) {
            // Validate what could be read, so that one form shows every mistake at once; a field already reported
            // (unreadable, or a bad envelope value) is not reported a second time as missing.
            Set<String> reported = new HashSet<>(unreadable);
            p.list().forEach(fp -> reported.add(topField(fp.field())));
            Problems more = new Problems();
            input.validate(more);
            more.list().stream().filter(fp -> !reported.contains(topField(fp.field())))
                    .forEach(fp -> p.add(fp.field(), fp.message()));
        }
        p.throwIfAny();
        return new Parsed(new RecordInput(data.normalize(), level, sharedWith, codes, handlingNote, classification,
                reviewDate, agencyId), version);
    }

    /** PostgreSQL cannot store U+0000 in text or jsonb: say which field has one rather than fail on the write. */
    private static void reportNulCharacters(JsonNode node, String path, Problems p) {
        if (node.isString() && node.asString().indexOf('\u0000') >= 0) {
            p.add(path, "must not contain the NUL character (U+0000)");
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                reportNulCharacters(node.get(i), path + "[" + i + "]", p);
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> reportNulCharacters(e.getValue(),
                    path.isEmpty() ? e.getKey() : path + "." + e.getKey(), p));
        }
    }

    public Parsed read(String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidRecordException("", "not valid JSON: " + e.getOriginalMessage());
        }
        return read(node);
    }

    /**
     * The type's data. Jackson stops at the first field it cannot read; that field is reported, left out and the
     * rest read again, so every unreadable field is reported at once. The names of the fields left out go into
     * {@code unreadable}; the data returned (if any) lacks them.
     */
    private RecordData data(RecordType type, ObjectNode node, Problems p, Set<String> unreadable) {
        ObjectNode fields = mapper.createObjectNode();
        node.properties().forEach(e -> {
            if (!ENVELOPE.contains(e.getKey())) {
                fields.set(e.getKey(), e.getValue());
            }
        });
        while (true) {
            Problems attempt = new Problems();
            RecordData data = dataOnce(type, fields, attempt);
            attempt.list().forEach(fp -> p.add(fp.field(), fp.message()));
            if (data != null || attempt.isEmpty()) {
                return data;
            }
            String field = topField(attempt.list().get(0).field());
            if (field.isEmpty() || !fields.has(field)) {
                return null;
            }
            fields.remove(field);
            unreadable.add(field);
        }
    }

    /** {@code names} for {@code names[0].full}. */
    private static String topField(String path) {
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        return path.substring(0, end);
    }

    private RecordData dataOnce(RecordType type, ObjectNode fields, Problems p) {
        try {
            return mapper.treeToValue(fields, type.dataClass());
        } catch (UnrecognizedPropertyException e) {
            List<String> known = new ArrayList<>();
            e.getKnownPropertyIds().forEach(k -> known.add(k.toString()));
            p.add(e.getPropertyName(), "is not a field of a " + type.name() + " record (fields: "
                    + String.join(", ", known.stream().sorted().toList()) + ")");
        } catch (InvalidFormatException e) {
            String allowed = e.getTargetType() != null && e.getTargetType().isEnum()
                    ? " (one of " + String.join(", ", enumNames(e.getTargetType())) + ")" : "";
            p.add(path(e), "'" + e.getValue() + "' is not a valid value" + allowed);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            p.add(path(e), cause.getMessage());
        } catch (MismatchedInputException e) {
            p.add(path(e), expected(e.getTargetType()));
        } catch (JacksonException e) {
            p.add(path(e), "has the wrong form");
        }
        return null;
    }

    /** What a field of the wrong JSON type should have been, in words a client can act on (no Java types). */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong form";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        if (type.isEnum()) {
            return "must be one of " + String.join(", ", enumNames(type));
        }
        if (type == PartialDate.class || type == LocalDate.class) {
            return "must be a date as a string (yyyy-mm-dd)";
        }
        return "must be an object";
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static List<String> enumNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Object c : type.getEnumConstants()) {
            names.add(((Enum<?>) c).name());
        }
        return names;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type, Problems p) {
        String value = text(node, field, p);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            p.add(field, "'" + value + "' is not one of " + String.join(", ", enumNames(type)));
            return null;
        }
    }

    private static String text(JsonNode node, String field, Problems p) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            p.add(field, "must be a string");
            return null;
        }
        return v.asString();
    }

    private static Set<String> strings(JsonNode node, String field, Problems p) {
        JsonNode v = node.get(field);
        Set<String> out = new LinkedHashSet<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            p.add(field, "must be a list of strings");
            return out;
        }
        int i = 0;
        for (JsonNode e : v) {
            if (e.isString()) {
                out.add(e.asString().strip().toUpperCase());
            } else {
                p.add(field + "[" + i + "]", "must be a string");
            }
            i++;
        }
        return out;
    }

    /** An input as the flat JSON object that {@link #read} accepts: the body of a create call, a row of an import. */
    public ObjectNode writeInput(RecordInput in) {
        ObjectNode out = mapper.createObjectNode();
        out.put("type", in.type().name());
        out.put("sharingLevel", in.sharingLevel().name());
        out.set("sharedWith", mapper.valueToTree(in.sharedWith().stream().sorted().toList()));
        out.set("handlingCodes", mapper.valueToTree(in.handlingCodes().stream().sorted().toList()));
        if (in.handlingNote() != null) {
            out.put("handlingNote", in.handlingNote());
        }
        out.put("classification", in.classification().name());
        if (in.reviewDate() != null) {
            out.put("reviewDate", in.reviewDate().toString());
        }
        if (in.agencyId() != null) {
            out.put("agencyId", in.agencyId());
        }
        out.setAll((ObjectNode) mapper.valueToTree(in.data()));
        return out;
    }

    /** The record as one flat JSON object: its identity and history fields, then what {@link #writeInput} gives. */
    public ObjectNode write(SharedRecord r) {
        ObjectNode out = mapper.createObjectNode();
        out.put("id", r.id().toString());
        out.put("label", r.label());
        out.put("ownerMember", r.ownerMember());
        out.put("createdBy", r.createdBy());
        out.put("version", r.version());
        out.put("createdAt", r.createdAt().toString());
        out.put("updatedAt", r.updatedAt().toString());
        if (r.updatedBy() != null) {
            out.put("updatedBy", r.updatedBy());
        }
        out.setAll(writeInput(r.toInput()));
        return out;
    }

    /** The type's data as JSON, for storage. */
    public String dataJson(RecordData data) {
        return mapper.writeValueAsString(data);
    }

    public RecordData dataFromJson(RecordType type, String json) {
        return mapper.readValue(json, type.dataClass());
    }
}
