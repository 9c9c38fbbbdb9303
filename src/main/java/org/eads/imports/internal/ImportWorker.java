package org.eads.imports.internal;

import java.util.Optional;
import java.util.UUID;

import org.eads.identity.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs queued uploads on this node, one at a time. Jobs of a node that stopped beating (a crash, a restart) go back
 * to the queue: nothing of them was committed, so running them again is safe.
 */
@Component
@ConditionalOnWebApplication
class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    private static final int ABANDONED_AFTER_SECONDS = 30;

    private final ImportJobStore jobs;
    private final ImportEngine engine;
    private final Users users;
    private final String node = UUID.randomUUID().toString();

    ImportWorker(ImportJobStore jobs, ImportEngine engine, Users users) {
        this.jobs = jobs;
        this.engine = engine;
        this.users = users;
    }

    @Scheduled(fixedDelay = 500, initialDelay = 1000)
    void runQueued() {
        int requeued = jobs.requeueAbandoned(ABANDONED_AFTER_SECONDS);
        if (requeued > 0) {
            log.info("Resuming {} import(s) left unfinished by a stopped node", requeued);
        }
        Optional<UUID> claimed;
        while ((claimed = jobs.claim(node)).isPresent()) {
            UUID id = claimed.get();
            jobs.find(id).ifPresent(job -> users.find(job.userId()).ifPresentOrElse(
                    user -> engine.runStored(id, user),
                    () -> jobs.finish(id, org.eads.imports.ImportStatus.FAILED, 0, 0, 0, java.util.List.of(),
                            "The user who uploaded the file no longer exists")));
        }
    }
}
