package org.eads.records.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes deleted records for good once their retention period is over ({@code eads.records.deleted-retention},
 * five years by default). Until then a deleted record is gone from every path but kept, with its history, for
 * accountability. The audit log keeps its entries about them.
 */
@Component
@ConditionalOnWebApplication
class DeletedRecordPurge {

    private static final Logger log = LoggerFactory.getLogger(DeletedRecordPurge.class);

    private final JdbcClient jdbc;
    private final Duration retention;

    DeletedRecordPurge(JdbcClient jdbc, @Value("${eads.records.deleted-retention:P1826D}") Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    @Scheduled(cron = "${eads.records.purge-cron:0 30 2 * * *}", zone = "UTC")
    @Transactional
    public int purge() {
        String expired = "select id from record where deleted_at < now() - make_interval(secs => :secs)";
        long secs = retention.toSeconds();
        jdbc.sql("delete from record_link where from_id in (" + expired + ") or to_id in (" + expired + ")")
                .param("secs", secs).update();
        jdbc.sql("delete from record_version where record_id in (" + expired + ")").param("secs", secs).update();
        int removed = jdbc.sql("delete from record where id in (" + expired + ")").param("secs", secs).update();
        if (removed > 0) {
            log.info("Removed {} deleted records whose retention period had ended", removed);
        }
        return removed;
    }
}
