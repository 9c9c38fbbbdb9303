package org.eads.audit.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.eads.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entries that do not belong to a change (reads, searches, refusals), written by one thread in groups: everything
 * waiting, up to {@value #MAX_GROUP} entries, in one transaction that takes the head once. A reader therefore does
 * not wait for a commit of its own, and the more callers record at once, the larger the groups. Entries are written
 * in the order they were queued. A group that fails is kept and tried again, never dropped or reordered; a full queue
 * makes callers wait.
 * <p>
 * Started first and stopped last of the application's lifecycle beans (so after the web server and the background
 * jobs), and stopping drains the queue, before the data source is closed. While no writer runs (before the start,
 * after the stop, while a test context is paused) entries are written at once by the caller, in a transaction of
 * their own.
 */
@Component
public class AuditQueue implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditQueue.class);

    static final int CAPACITY = 50_000;
    static final int MAX_GROUP = 1_000;
    private static final long FIRST_RETRY_MS = 50;
    private static final long LAST_RETRY_MS = 5_000;
    /** How long a stop waits for the queue to drain; only a database that refuses the entries makes it that long. */
    private static final Duration DRAIN_WAIT = Duration.ofSeconds(30);

    private enum State { STOPPED, RUNNING, STOPPING }

    private final AuditChain chain;
    private final TransactionTemplate ownTransaction;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queuedOrStopping = lock.newCondition();
    private final Condition room = lock.newCondition();
    private final Condition written = lock.newCondition();
    private final ArrayDeque<AuditEvent> waiting = new ArrayDeque<>();
    /** Entries ever queued, and how many of them (the first ones) are committed: what {@link #flush} waits on. */
    private long queuedCount;
    private long writtenCount;
    private State state = State.STOPPED;
    private Thread writer;

    public AuditQueue(AuditChain chain, PlatformTransactionManager transactions) {
        this.chain = chain;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Queues the entry and returns at once; waits only while the queue is full. */
    public void add(AuditEvent event) {
        lock.lock();
        try {
            while (state != State.STOPPED && waiting.size() >= CAPACITY) {
                room.awaitUninterruptibly();
            }
            if (state != State.STOPPED) {
                waiting.add(event);
                queuedCount++;
                queuedOrStopping.signal();
                return;
            }
        } finally {
            lock.unlock();
        }
        // No writer, so nothing queued either: written now, after everything queued before.
        ownTransaction.executeWithoutResult(status -> chain.append(List.of(event)));
    }

    /** Waits until every entry queued before the call is committed. */
    public void flush() {
        lock.lock();
        try {
            long target = queuedCount;
            while (writtenCount < target) {
                written.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the audit queue to be written", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        lock.lock();
        try {
            if (state == State.STOPPED) {
                state = State.RUNNING;
                writer = Thread.ofPlatform().name("audit-writer").daemon(true).start(this::writeQueued);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void stop() {
        Thread draining;
        lock.lock();
        try {
            if (state != State.RUNNING) {
                return;
            }
            state = State.STOPPING;
            draining = writer;
            queuedOrStopping.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            if (!draining.join(DRAIN_WAIT)) {
                draining.interrupt();
                draining.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            draining.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        lock.lock();
        try {
            return state == State.RUNNING;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    private void writeQueued() {
        List<AuditEvent> group = new ArrayList<>(MAX_GROUP);
        try {
            while (take(group)) {
                writeUntilCommitted(group);
                lock.lock();
                try {
                    writtenCount += group.size();
                    written.signalAll();
                } finally {
                    lock.unlock();
                }
                group.clear();
            }
        } catch (InterruptedException e) {
            // The stop gave up waiting for the database; what is left is reported below.
        } finally {
            lock.lock();
            try {
                int lost = group.size() + waiting.size();
                if (lost > 0) {
                    log.error("{} audit entries were not written: the database did not take them before shutdown",
                            lost);
                }
                waiting.clear();
                writtenCount = queuedCount;
                state = State.STOPPED;
                room.signalAll();
                written.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Moves what is waiting into the group; false once stopping and nothing is left. */
    private boolean take(List<AuditEvent> group) throws InterruptedException {
        lock.lock();
        try {
            while (waiting.isEmpty()) {
                if (state != State.RUNNING) {
                    return false;
                }
                queuedOrStopping.await();
            }
            while (group.size() < MAX_GROUP && !waiting.isEmpty()) {
                group.add(waiting.poll());
            }
            room.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void writeUntilCommitted(List<AuditEvent> group) throws InterruptedException {
        long wait = FIRST_RETRY_MS;
        while (true) {
            try {
                ownTransaction.executeWithoutResult(status -> chain.append(group));
                return;
            } catch (RuntimeException e) {
                log.warn("Could not write {} audit entries ({}); trying again in {} ms", group.size(), reason(e),
                        wait);
                Thread.sleep(wait);
                wait = Math.min(wait * 2, LAST_RETRY_MS);
            }
        }
    }

    /** The kind of failure without its message: a database's message can quote the row, and entries stay out of logs. */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return t.getClass().getSimpleName() + ", SQL state " + sql.getSQLState();
            }
        }
        return e.getClass().getSimpleName();
    }
}
