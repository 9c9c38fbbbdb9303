package org.eads.dvi.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.eads.dvi.DviFile;
import org.eads.dvi.MatchingRun;
import org.eads.dvi.Operation;
import org.eads.dvi.internal.matching.Evidence;
import org.eads.dvi.internal.matching.Matcher;
import org.eads.dvi.internal.matching.Sides;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When matching happens. A changed file is queued in the transaction that changes it and compared as soon as that
 * commits; the queue row goes in the transaction that stores the new lists, so a crash in between leaves it queued
 * and the sweep compares it again. Full runs go on a thread of their own, a body at a time on every core, each
 * body's list committed as it is done; a run whose node stopped is taken over and goes on with the bodies not yet
 * matched since it started.
 */
@Component
public class MatchingWork {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingWork.class);
    private static final Duration ABANDONED = Duration.ofSeconds(30);
    private static final Duration RETRY_QUEUED = Duration.ofSeconds(10);

    private final MatchingEngine engine;
    private final CandidateStore store;
    private final TransactionTemplate tx;
    private final ExecutorService runs = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dvi-matching-run");
        t.setDaemon(true);
        return t;
    });
    private volatile Future<?> current;

    MatchingWork(MatchingEngine engine, CandidateStore store, TransactionTemplate tx) {
        this.engine = engine;
        this.store = store;
        this.tx = tx;
    }

    /** Queues a changed file, to be compared when the current transaction commits. */
    public void changed(DviFile.Kind kind, UUID file, UUID operation) {
        store.queue(kind, file, operation);
        if (kind == DviFile.Kind.AM) {
            store.missingChanged(operation);
        }
        afterCommit(() -> compareQuietly(kind, file));
    }

    public boolean running(UUID operation) {
        return store.latestRun(operation).filter(r -> !r.finished()).isPresent();
    }

    /** Many missing persons changed at once (a bulk load); a full run compares them. */
    public void missingChanged(UUID operation) {
        store.missingChanged(operation);
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    private void compareQuietly(DviFile.Kind kind, UUID file) {
        try {
            compare(kind, file);
        } catch (RuntimeException e) {
            LOG.warn("Matching {} file {} failed; it stays queued: {}", kind, file, e.toString());
        }
    }

    /** Compares a queued file and stores the lists, unless another node holds it. */
    void compare(DviFile.Kind kind, UUID file) {
        tx.executeWithoutResult(s -> {
            if (store.take(kind, file)) {
                if (kind == DviFile.Kind.PM) {
                    engine.matchBody(file, true);
                } else {
                    engine.matchMissing(file);
                }
            }
        });
    }

    /** Starts a full run of an operation; the caller has checked that no run is going on. */
    public MatchingRun start(Operation o, long userId) {
        UUID id = store.startRun(o.id(), store.bodyCount(o.id()), userId);
        afterCommit(() -> submit(id));
        return store.run(id).orElseThrow();
    }

    @Scheduled(fixedDelay = 5000, initialDelay = 5000)
    void sweep() {
        for (Map.Entry<DviFile.Kind, UUID> e : store.queuedBefore(Instant.now().minus(RETRY_QUEUED), 100)) {
            compareQuietly(e.getKey(), e.getValue());
        }
        if (current == null || current.isDone()) {
            Instant before = Instant.now().minus(ABANDONED);
            store.abandonedRuns(before).stream().filter(r -> store.claim(r.id(), before)).findFirst()
                    .ifPresent(r -> submit(r.id()));
        }
    }

    private synchronized void submit(UUID run) {
        current = runs.submit(() -> execute(run));
    }

    private void execute(UUID runId) {
        MatchingRun run = store.run(runId).orElseThrow();
        int done = 0;
        try {
            Operation o = engine.operation(run.operationId());
            List<UUID> remaining = store.bodiesNotMatchedSince(o.id(), run.startedAt());
            done = Math.max(0, run.bodies() - remaining.size());
            java.util.Set<UUID> todo = new java.util.HashSet<>(remaining);
            List<Sides.Body> bodies = engine.bodies(o.id()).stream().filter(b -> todo.contains(b.id())).toList();
            Matcher matcher = engine.matcher(o);
            Map<UUID, Map<UUID, Evidence.Fingerprints>> decisions = store.decisionsOfOperation(o.id());
            AtomicInteger progress = new AtomicInteger(done);
            AtomicInteger strong = new AtomicInteger();
            int threads = Runtime.getRuntime().availableProcessors();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> workers = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < bodies.size()) {
                            Sides.Body body = bodies.get(i);
                            List<Matcher.Candidate> ranked = matcher.rank(body,
                                    decisions.getOrDefault(body.id(), Map.of()), MatchingEngine.LIST_SIZE);
                            Integer fresh = tx.execute(s -> engine.store(o, body.id(), ranked, false));
                            strong.addAndGet(fresh == null ? 0 : fresh);
                            progress.incrementAndGet();
                        }
                        return null;
                    }));
                }
                while (!workers.stream().allMatch(Future::isDone)) {
                    store.progress(runId, progress.get());
                    Thread.sleep(1000);
                }
                for (Future<?> w : workers) {
                    w.get();
                }
            }
            done = progress.get();
            store.finish(runId, MatchingRun.Status.DONE, done, strong.get() + " new strong candidates");
            engine.announceRun(o, strong.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Matching run {} failed: {}", runId, e.toString());
            store.finish(runId, MatchingRun.Status.FAILED, done, "The run stopped: " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        runs.shutdownNow();
    }
}
