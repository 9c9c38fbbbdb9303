package org.eads.records;

import java.util.EnumMap;
import java.util.Map;

import org.eads.sharing.SharingLevel;

/** How many live records of each type a member holds, at each sharing level: what it keeps and what it shares. */
public record SharingProfile(Map<RecordType, Map<SharingLevel, Long>> counts) {

    public SharingProfile {
        Map<RecordType, Map<SharingLevel, Long>> copy = new EnumMap<>(RecordType.class);
        counts.forEach((type, levels) -> copy.put(type, Map.copyOf(levels)));
        counts = Map.copyOf(copy);
    }

    public long count(RecordType type, SharingLevel level) {
        return counts.getOrDefault(type, Map.of()).getOrDefault(level, 0L);
    }

    public long count(RecordType type) {
        return counts.getOrDefault(type, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }
}
