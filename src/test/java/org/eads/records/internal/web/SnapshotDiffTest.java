package org.eads.records.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.eads.records.RecordCodec;
import org.eads.records.RecordVersion;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    private final RecordCodec codec = new RecordCodec();
    private final SnapshotDiff diff = new SnapshotDiff(codec);

    @Test
    void listsTheFieldsThatChangedLeafByLeaf() {
        var before = codec.mapper().readTree("""
                {"version":1,"updatedAt":"a","names":[{"full":"Ahmad"}],"nationalities":["MYS"],"placeOfBirth":"Ipoh",
                 "handlingCodes":[]}""");
        var after = codec.mapper().readTree("""
                {"version":2,"updatedAt":"b","names":[{"full":"Ahmad","latin":"Ahmad"},{"full":"Mat"}],
                 "nationalities":["MYS","THA"],"handlingCodes":["H2"]}""");
        assertThat(diff.changes(before, after)).containsExactly(
                new FieldChange("names[0].latin", null, "Ahmad"),
                new FieldChange("names[1].full", null, "Mat"),
                new FieldChange("nationalities", "MYS", "MYS, THA"),
                new FieldChange("handlingCodes", null, "H2"),
                new FieldChange("placeOfBirth", "Ipoh", null));
    }

    @Test
    void theFirstVersionHasNoChangesAndEachLaterOneComparesWithTheOneBefore() {
        List<HistoryEntry> history = diff.history(List.of(
                new RecordVersion(3, "UPDATE", "b", Instant.EPOCH, "{\"version\":3,\"summary\":\"three\"}"),
                new RecordVersion(2, "UPDATE", "a", Instant.EPOCH, "{\"version\":2,\"summary\":\"two\"}"),
                new RecordVersion(1, "CREATE", "a", Instant.EPOCH, "{\"version\":1,\"summary\":\"two\"}")));
        assertThat(history).extracting(HistoryEntry::version).containsExactly(3, 2, 1);
        assertThat(history.get(0).changes()).containsExactly(new FieldChange("summary", "two", "three"));
        assertThat(history.get(1).changes()).isEmpty();
        assertThat(history.get(2).changes()).isEmpty();
        assertThat(history.get(0).snapshot().get("summary").asString()).isEqualTo("three");
    }
}
