package org.eads.records.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eads.records.RecordCodec;
import org.eads.records.RecordVersion;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns a record's versions into a history that says which fields each version changed. Each version stores the
 * whole record as JSON; comparing it with the version before, leaf by leaf, gives the changes without any per-type
 * code.
 */
@Component
class SnapshotDiff {

    /** Fields that change with every version and so say nothing about what the officer changed. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "updatedBy");

    private final RecordCodec codec;

    SnapshotDiff(RecordCodec codec) {
        this.codec = codec;
    }

    /** The history, newest first, as the versions come from {@code Records.history}. */
    List<HistoryEntry> history(List<RecordVersion> newestFirst) {
        List<JsonNode> snapshots = newestFirst.stream().map(v -> codec.mapper().readTree(v.snapshotJson())).toList();
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            RecordVersion v = newestFirst.get(i);
            List<FieldChange> changes = i + 1 < snapshots.size() ? changes(snapshots.get(i + 1), snapshots.get(i)) : List.of();
            entries.add(new HistoryEntry(v.version(), v.change(), v.changedBy(), v.changedAt(), changes, snapshots.get(i)));
        }
        return entries;
    }

    /** The leaves that differ, in the order of the newer snapshot and then those only the older one has. */
    List<FieldChange> changes(JsonNode before, JsonNode after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> fields = new LinkedHashSet<>(now.keySet());
        fields.addAll(old.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String f : fields) {
            if (!BOOKKEEPING.contains(f) && !Objects.equals(old.get(f), now.get(f))) {
                changes.add(new FieldChange(f, old.get(f), now.get(f)));
            }
        }
        return changes;
    }

    /**
     * The record as {@code path -> text}: objects by dotted names, lists of objects by index
     * ({@code names[1].latin}), lists of plain values as one comma-separated text ({@code nationalities}), so that
     * adding a nationality reads as one change rather than a shifted list.
     */
    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten(node, "", out);
        return out;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
        } else if (node.isArray()) {
            boolean plain = true;
            for (JsonNode e : node) {
                plain &= e.isValueNode();
            }
            if (plain) {
                List<String> values = new ArrayList<>();
                node.forEach(e -> values.add(e.asString()));
                if (!values.isEmpty()) {
                    out.put(path, String.join(", ", values));
                }
            } else {
                for (int i = 0; i < node.size(); i++) {
                    flatten(node.get(i), path + "[" + i + "]", out);
                }
            }
        } else {
            out.put(path, node.asString());
        }
    }
}
