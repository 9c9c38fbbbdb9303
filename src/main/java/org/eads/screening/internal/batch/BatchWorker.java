package org.eads.screening.internal.batch;

import java.util.Optional;
import java.util.UUID;

import org.eads.identity.Users;
import org.eads.screening.ScreeningBatch;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs queued batches on this node, one at a time; a batch of a node that stopped runs again from the start. */
@Component
@ConditionalOnWebApplication
class BatchWorker {

    private static final int ABANDONED_AFTER_SECONDS = 30;

    private final BatchStore batches;
    private final BatchRunner runner;
    private final Users users;

    BatchWorker(BatchStore batches, BatchRunner runner, Users users) {
        this.batches = batches;
        this.runner = runner;
        this.users = users;
    }

    @Scheduled(fixedDelay = 500, initialDelay = 1500)
    void runQueued() {
        batches.requeueAbandoned(ABANDONED_AFTER_SECONDS);
        Optional<UUID> claimed;
        while ((claimed = batches.claim()).isPresent()) {
            UUID id = claimed.get();
            ScreeningBatch batch = batches.find(id).orElseThrow();
            String purpose = batches.purpose(id);
            users.find(batch.userId()).ifPresentOrElse(
                    user -> runner.run(id, user, purpose, batches.content(id)),
                    () -> batches.finish(id, ScreeningBatch.Status.FAILED, 0, 0, java.util.List.of(), 0,
                            java.util.Map.of(), null, "The user who uploaded the file no longer exists"));
        }
    }
}
