package org.eads.records;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.eads.records.internal.RecordStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change sequence of records, for derived state such as the search index. A follower keeps a watermark: every
 * transaction below it is settled and has been applied. Each read gives the watermark that is safe to keep next (the
 * oldest transaction still running) and every committed change at or above the current one, so a change is never
 * missed however transactions interleave, and one committed while an older transaction still runs is seen at once.
 * Applying a change means reading the record's current state: applying one twice does no harm.
 *
 * <p>This is system access for derived state: it is not audited and applies no sharing. Whatever is built from it
 * must ask the sharing policy before it shows anything.
 */
@Service
public class ChangeFeed {

    private final JdbcClient jdbc;
    private final RecordStore store;

    public ChangeFeed(JdbcClient jdbc, RecordStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /**
     * Committed changes of transactions at or above {@code watermark} after sequence number {@code afterSeq}, at most
     * {@code limit}; when {@code complete}, there are no more and the follower may keep {@code nextWatermark}.
     */
    public record Changes(List<RecordChange> changes, long nextWatermark, boolean complete) {
    }

    @Transactional(readOnly = true)
    public Changes since(long watermark, long afterSeq, int limit) {
        // the snapshot is taken first: every transaction below its xmin is settled, and visible to the query below
        long next = jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
        List<RecordChange> changes = jdbc.sql("""
                select seq, record_id, xid::text::bigint from record_change
                where xid >= cast(cast(:w as text) as xid8) and seq > :after order by seq limit :limit
                """).param("w", watermark).param("after", afterSeq).param("limit", limit)
                .query((rs, i) -> new RecordChange(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3))).list();
        boolean complete = changes.size() < limit;
        return new Changes(changes, complete ? next : watermark, complete);
    }

    /** The watermark below which every transaction is settled now: where a rebuild from scratch starts following. */
    @Transactional(readOnly = true)
    public long watermarkNow() {
        return jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    /** The current state of these records; empty for one that is deleted or gone. For indexing. */
    @Transactional(readOnly = true)
    public Map<UUID, Optional<SharedRecord>> current(List<UUID> ids) {
        return store.current(ids);
    }

    /** Every live record, in id order, in batches: for rebuilding derived state from scratch. */
    @Transactional(readOnly = true)
    public void forEachLive(int batchSize, Consumer<List<SharedRecord>> sink) {
        UUID after = null;
        while (true) {
            List<SharedRecord> batch = store.liveAfter(after, batchSize);
            if (batch.isEmpty()) {
                return;
            }
            sink.accept(batch);
            after = batch.get(batch.size() - 1).id();
        }
    }
}
