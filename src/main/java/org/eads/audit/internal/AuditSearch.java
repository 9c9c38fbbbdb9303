package org.eads.audit.internal;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the audit log for auditors, newest first. Pages by sequence number (keyset), so that the thousandth page
 * costs what the first does.
 */
@Repository
public class AuditSearch {

    private final JdbcClient jdbc;

    public AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of entries, newest first, around a position: older than {@code before} or newer than {@code after}. */
    public AuditPage page(AuditFilter filter, Position position, int size) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions(filter, params);
        boolean forward = position.after() != null;
        if (forward) {
            where.add("seq > :after");
            params.put("after", position.after());
        } else if (position.before() != null) {
            where.add("seq < :before");
            params.put("before", position.before());
        }
        params.put("limit", size + 1);
        List<AuditEntry> rows = new ArrayList<>(jdbc.sql("select " + AuditEntry.COLUMNS + " from audit_entry"
                        + whereClause(where) + " order by seq " + (forward ? "asc" : "desc") + " limit :limit")
                .params(params).query(AuditEntry::map).list());
        boolean more = rows.size() > size;
        if (more) {
            rows.removeLast();
        }
        if (forward) {
            Collections.reverse(rows);
            return new AuditPage(rows, more, true);
        }
        return new AuditPage(rows, position.before() != null, more);
    }

    /** Every matching entry, newest first, read a batch at a time so that any number fits in memory. */
    public long forEach(AuditFilter filter, int batch, Consumer<AuditEntry> each) {
        long count = 0;
        Position position = Position.NEWEST;
        AuditPage page;
        do {
            page = page(filter, position, batch);
            page.entries().forEach(each);
            count += page.entries().size();
            if (!page.entries().isEmpty()) {
                position = Position.before(page.entries().getLast().seq());
            }
        } while (page.hasOlder());
        return count;
    }

    private static List<String> conditions(AuditFilter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (f.username() != null) {
            where.add("username = :username");
            params.put("username", f.username());
        }
        if (f.memberCode() != null) {
            where.add("member_code = :member");
            params.put("member", f.memberCode());
        }
        if (f.action() != null) {
            where.add("action = :action");
            params.put("action", f.action().name());
        }
        if (f.from() != null) {
            where.add("at >= :from");
            params.put("from", Timestamp.from(f.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (f.to() != null) {
            where.add("at < :to");
            params.put("to", Timestamp.from(f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (f.objectId() != null) {
            where.add("object_id = :objectId");
            params.put("objectId", f.objectId());
        }
        return where;
    }

    private static String whereClause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Where a page starts: the newest entries, entries older than a sequence number, or newer than one. */
    public record Position(Long before, Long after) {
        public static final Position NEWEST = new Position(null, null);

        public static Position before(long seq) {
            return new Position(seq, null);
        }

        public static Position after(long seq) {
            return new Position(null, seq);
        }
    }

    /** One page, newest first, and whether there are newer or older matching entries beyond it. */
    public record AuditPage(List<AuditEntry> entries, boolean hasNewer, boolean hasOlder) {
    }
}
