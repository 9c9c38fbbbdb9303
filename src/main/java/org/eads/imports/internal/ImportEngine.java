package org.eads.imports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eads.identity.EadsUser;
import org.eads.imports.ImportFormat;
import org.eads.imports.ImportHandler;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.ImportStatus;
import org.eads.imports.Imports;
import org.eads.imports.XlsxRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates, runs and moves import jobs; {@link Imports} is its public face. */
@Component
public class ImportEngine {

    private final ImportJobStore jobs;
    private final ImportRunner runner;
    private final Map<String, ImportHandler> handlers = new HashMap<>();

    ImportEngine(ImportJobStore jobs, ImportRunner runner, List<ImportHandler> handlers) {
        this.jobs = jobs;
        this.runner = runner;
        handlers.forEach(h -> this.handlers.put(h.kind(), h));
    }

    @Transactional
    public ImportJob submit(EadsUser user, String kind, Map<String, String> parameters, String fileName,
                            byte[] content, ImportMode mode) {
        ImportFormat format = format(kind, fileName);
        check(user, kind, parameters);
        UUID id = UUID.randomUUID();
        int rows;
        try {
            rows = countRows(new ByteArrayInputStream(content), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jobs.create(id, kind, parameters, user.id(), fileName, format, mode, ImportStatus.QUEUED, rows);
        jobs.storeFile(id, content);
        return jobs.find(id).orElseThrow();
    }

    public ImportJob runNow(EadsUser user, String kind, Map<String, String> parameters, String fileName, int rows,
                            InputStream content, ImportMode mode, Imports.ProgressListener listener) {
        ImportFormat format = format(kind, fileName);
        check(user, kind, parameters);
        UUID id = UUID.randomUUID();
        jobs.create(id, kind, parameters, user.id(), fileName, format, mode, ImportStatus.RUNNING, rows);
        run(id, kind, parameters, user, fileName, format, mode, content, listener == null ? null : listener::rows);
        return jobs.find(id).orElseThrow();
    }

    private void check(EadsUser user, String kind, Map<String, String> parameters) {
        if (!ImportJob.RECORDS.equals(kind)) {
            handler(kind).check(user, parameters);
        }
    }

    private ImportRunner.Outcome run(UUID id, String kind, Map<String, String> parameters, EadsUser user,
                                     String fileName, ImportFormat format, ImportMode mode, InputStream content,
                                     ImportRunner.Progress listener) {
        return ImportJob.RECORDS.equals(kind) ? runner.run(id, user, fileName, format, mode, content, listener)
                : runner.run(handler(kind), parameters, id, user, fileName, mode, content, listener);
    }

    /** The format of a file of this kind, or why it cannot be imported. */
    private ImportFormat format(String kind, String fileName) {
        ImportFormat format = ImportFormat.of(fileName);
        if (ImportJob.RECORDS.equals(kind) && format == ImportFormat.XLSX) {
            throw new IllegalArgumentException("Records are imported from CSV or JSON files, not from Excel");
        }
        if (!ImportJob.RECORDS.equals(kind) && !handler(kind).formats().contains(format)) {
            throw new IllegalArgumentException("Files of " + handler(kind).title() + " are "
                    + handler(kind).formats() + ", not " + format);
        }
        return format;
    }

    private ImportHandler handler(String kind) {
        ImportHandler h = handlers.get(kind);
        if (h == null) {
            throw new IllegalArgumentException("No import of " + kind);
        }
        return h;
    }

    /** Runs a claimed job from its stored file. */
    void runStored(UUID id, EadsUser user) {
        ImportJob job = jobs.find(id).orElseThrow();
        byte[] content = jobs.file(id).orElse(null);
        if (content == null) {
            jobs.finish(id, ImportStatus.FAILED, 0, 0, 0, List.of(), "The import was interrupted before it finished and nothing of it was written: import the file again");
            return;
        }
        ImportRunner.Outcome outcome = run(id, job.kind(), jobs.parameters(id), user, job.fileName(), job.format(),
                job.mode(), new ByteArrayInputStream(content), null);
        if (outcome.status().finished()) {
            jobs.dropFile(id);
        }
    }

    public Optional<ImportJob> find(UUID id) {
        return jobs.find(id);
    }

    public List<ImportJob> recent(EadsUser user) {
        return jobs.recent(user.id(), 20);
    }

    @Transactional
    public ImportJob requeueValidOnly(ImportJob job) {
        if (!jobs.moveStatus(job.id(), ImportStatus.NEEDS_DECISION, ImportStatus.QUEUED, ImportMode.VALID_ONLY)) {
            throw new IllegalStateException("This import is " + job.status().name().toLowerCase()
                    + ": only an import waiting for a decision can import its valid rows");
        }
        return jobs.find(job.id()).orElseThrow();
    }

    @Transactional
    public ImportJob cancel(ImportJob job) {
        boolean moved = jobs.moveStatus(job.id(), ImportStatus.NEEDS_DECISION, ImportStatus.CANCELLED, job.mode())
                || jobs.moveStatus(job.id(), ImportStatus.QUEUED, ImportStatus.CANCELLED, job.mode());
        if (!moved) {
            throw new IllegalStateException("This import is " + job.status().name().toLowerCase() + " and cannot be cancelled");
        }
        jobs.dropFile(job.id());
        return jobs.find(job.id()).orElseThrow();
    }

    /**
     * Data rows in a file: non-empty lines, less the CSV header (an estimate where cells span lines); the rows of an
     * Excel workbook's first sheet less its header.
     */
    public static int countRows(InputStream in, ImportFormat format) throws IOException {
        if (format == ImportFormat.XLSX) {
            try {
                return Math.max(0, XlsxRows.count(in) - 1);
            } catch (XlsxRows.Unreadable e) {
                // the job reports it with the rows; the progress bar has no total
                return 0;
            }
        }
        byte[] buffer = new byte[1 << 16];
        int lines = 0;
        boolean lineHasContent = false;
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    if (lineHasContent) {
                        lines++;
                    }
                    lineHasContent = false;
                } else if (b != '\r' && b != ' ' && b != '\t') {
                    lineHasContent = true;
                }
            }
        }
        if (lineHasContent) {
            lines++;
        }
        return format == ImportFormat.CSV ? Math.max(0, lines - 1) : lines;
    }
}
