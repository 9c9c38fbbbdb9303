package org.eads.imports.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.imports.ImportFormat;
import org.eads.imports.ImportHandler;
import org.eads.imports.ImportMode;
import org.eads.imports.ImportStatus;
import org.eads.imports.JsonRows;
import org.eads.imports.RowError;
import org.eads.member.Member;
import org.eads.member.Members;
import org.eads.records.InvalidRecordException;
import org.eads.records.PreparedImport;
import org.eads.records.RecordCodec;
import org.eads.records.RecordInput;
import org.eads.records.Records;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import: reads the rows, checks each one exactly as the API would, and writes the good ones in batches.
 * All of a job's rows and its DONE status are committed in one transaction, so a crash or a kill leaves nothing of
 * the file behind and the job can simply run again. Reading and checking run on their own thread while the
 * transaction's thread writes the previous batch, so parsing and the database work at the same time.
 */
@Component
class ImportRunner {

    static final int BATCH = 5000;
    private static final int PROGRESS_EVERY = 1000;
    

    private final Records records;
    private final RecordCodec codec;
    private final Members members;
    private final AuditLog audit;
    private final ImportJobStore jobs;
    private final TransactionTemplate inOneTransaction;
    private final TransactionTemplate onItsOwn;

    ImportRunner(Records records, RecordCodec codec, Members members, AuditLog audit, ImportJobStore jobs,
                 PlatformTransactionManager transactions) {
        this.records = records;
        this.codec = codec;
        this.members = members;
        this.audit = audit;
        this.jobs = jobs;
        this.inOneTransaction = new TransactionTemplate(transactions);
        this.onItsOwn = new TransactionTemplate(transactions);
        this.onItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Listens to a running import, for a console progress bar. */
    interface Progress {
        void rows(int processed, int imported, int errors);
    }

    /** What a run ended with. */
    record Outcome(ImportStatus status, int processed, int imported, int errorRows, List<RowError> errors,
                   String note) {

        Outcome(ImportStatus status, int processed, int imported, int errorRows, List<RowError> errors) {
            this(status, processed, imported, errorRows, errors, null);
        }
    }

    Outcome run(UUID jobId, EadsUser user, String fileName, ImportFormat format, ImportMode mode, InputStream content,
                Progress listener) {
        Run run = new Run(jobId, user, mode, members.byCode(), listener);
        return inJob(jobId, user, fileName, mode, "records", () -> {
            run.readAndWrite(format, content);
            return run.outcome(ImportStatus.DONE);
        }, () -> run.outcome(ImportStatus.FAILED));
    }

    /** Runs another module's import of its kind of file, as a job like a records import. */
    Outcome run(ImportHandler handler, Map<String, String> parameters, UUID jobId, EadsUser user, String fileName,
                ImportMode mode, InputStream content, Progress listener) {
        int[] last = new int[3];
        return inJob(jobId, user, fileName, mode, handler.title(), () -> {
            ImportHandler.Result r = handler.run(user, parameters, content, mode, (processed, imported, errors) -> {
                last[0] = processed;
                last[2] = errors;
                progress(jobId, processed, imported, errors, listener);
            });
            return new Outcome(ImportStatus.DONE, r.processed(), r.imported(), r.errorRows(), r.errors(), r.note());
        }, () -> new Outcome(ImportStatus.FAILED, last[0], 0, last[2], List.of()));
    }

    /**
     * Runs the body in one transaction with the job's end: DONE and audited, or, in an all-or-nothing import with a
     * bad row, rolled back and waiting for the owner's decision; a failure leaves nothing written.
     */
    private Outcome inJob(UUID jobId, EadsUser user, String fileName, ImportMode mode, String what,
                          Supplier<Outcome> body, Supplier<Outcome> partial) {
        Outcome outcome;
        try {
            outcome = inOneTransaction.execute(tx -> {
                Outcome done = body.get();
                if (mode == ImportMode.ALL_OR_NOTHING && done.errorRows() > 0) {
                    tx.setRollbackOnly();
                    return new Outcome(ImportStatus.NEEDS_DECISION, done.processed(), 0, done.errorRows(),
                            done.errors());
                }
                jobs.finish(jobId, ImportStatus.DONE, done.processed(), done.imported(), done.errorRows(),
                        done.errors(), done.note());
                audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.IMPORT, "IMPORT",
                        jobId.toString()).withDetails(fileName + ": " + done.imported() + " " + what + " imported, "
                        + done.errorRows() + " rows rejected"));
                return done;
            });
        } catch (RuntimeException e) {
            Outcome failed = partial.get();
            jobs.finish(jobId, ImportStatus.FAILED, failed.processed(), 0, failed.errorRows(), failed.errors(),
                    "The import stopped and nothing was written: " + e.getMessage());
            return new Outcome(ImportStatus.FAILED, failed.processed(), 0, failed.errorRows(), failed.errors());
        }
        if (outcome.status() == ImportStatus.NEEDS_DECISION) {
            jobs.finish(jobId, ImportStatus.NEEDS_DECISION, outcome.processed(), 0, outcome.errorRows(),
                    outcome.errors(), outcome.errorRows() + " rows have errors; nothing was written");
        }
        return outcome;
    }

    /** Records how far a job is, in its own transaction so that the owner's page sees it while the job runs. */
    private void progress(UUID jobId, int processed, int imported, int errorRows, Progress listener) {
        onItsOwn.executeWithoutResult(tx -> jobs.progress(jobId, processed, imported, errorRows));
        if (listener != null) {
            listener.rows(processed, imported, errorRows);
        }
    }

    /** The state of one run: the reader thread owns the counts of rows; the writer (this thread) the imported ones. */
    private final class Run {
        private final UUID jobId;
        private final EadsUser user;
        private final ImportMode mode;
        private final Map<String, Member> known;
        private final Progress listener;
        private final BlockingQueue<Optional<PreparedImport>> batches = new ArrayBlockingQueue<>(2);
        private final List<RowError> errors = new ArrayList<>();
        private List<RecordInput> batch = new ArrayList<>(BATCH);
        private volatile int processed;
        private volatile int errorRows;
        private volatile int imported;
        private volatile RuntimeException readFailure;

        Run(UUID jobId, EadsUser user, ImportMode mode, Map<String, Member> known, Progress listener) {
            this.jobId = jobId;
            this.user = user;
            this.mode = mode;
            this.known = known;
            this.listener = listener;
        }

        void readAndWrite(ImportFormat format, InputStream content) {
            Thread reader = Thread.ofPlatform().name("import-reader-" + jobId).start(() -> {
                try {
                    switch (format) {
                        case CSV -> new CsvRecordRows(codec.mapper()).read(content, this::accept);
                        case JSON -> JsonRows.read(content, codec.mapper(), r -> accept(r.unreadable() == null
                                ? ImportRow.of(r.line(), r.object()) : ImportRow.unreadable(r.line(), r.unreadable())));
                        case XLSX -> throw new IllegalArgumentException("Records are not imported from Excel");
                    }
                    handOver();
                } catch (RuntimeException e) {
                    readFailure = e;
                } finally {
                    put(Optional.empty());
                }
            });
            try {
                Optional<PreparedImport> next;
                while ((next = batches.take()).isPresent()) {
                    // Once a row is bad in an all-or-nothing import, nothing more is written: the rest is only checked.
                    if (mode == ImportMode.VALID_ONLY || errorRows == 0) {
                        records.importBatch(next.get());
                        imported += next.get().size();
                        report();
                    }
                }
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reader.interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            }
            if (readFailure != null) {
                throw readFailure;
            }
        }

        /** On the reader thread: prepares the batch filled so far and hands it to the writer. */
        private void handOver() {
            if (!batch.isEmpty() && (mode == ImportMode.VALID_ONLY || errorRows == 0)) {
                put(Optional.of(records.prepareImport(user, jobId, batch)));
            }
            batch = new ArrayList<>(BATCH);
        }

        private void put(Optional<PreparedImport> b) {
            try {
                batches.put(b);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            }
        }

        /** On the reader thread: check one row and add it to the batch being filled. */
        private void accept(ImportRow row) {
            processed++;
            RecordInput input = null;
            List<RowError> problems;
            if (row.error() != null) {
                problems = List.of(row.error());
            } else {
                try {
                    input = codec.read(row.record()).input();
                    problems = records.directoryProblems(user, input, known).stream()
                            .map(p -> new RowError(row.line(), p.field(), p.message())).toList();
                } catch (InvalidRecordException e) {
                    problems = e.problems().stream().map(p -> new RowError(row.line(), p.field(), p.message())).toList();
                }
            }
            if (problems.isEmpty()) {
                if (mode == ImportMode.VALID_ONLY || errorRows == 0) {
                    batch.add(input);
                    if (batch.size() >= BATCH) {
                        handOver();
                    }
                }
            } else {
                errorRows++;
                synchronized (errors) {
                    for (RowError e : problems) {
                        if (errors.size() < ImportJobStore.KEPT_ERRORS) {
                            errors.add(e);
                        }
                    }
                }
            }
            if (processed % PROGRESS_EVERY == 0) {
                report();
            }
        }

        private void report() {
            progress(jobId, processed, imported, errorRows, listener);
        }

        Outcome outcome(ImportStatus status) {
            synchronized (errors) {
                return new Outcome(status, processed, status == ImportStatus.DONE ? imported : 0, errorRows,
                        List.copyOf(errors));
            }
        }
    }
}
