package org.eads.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eads.identity.EadsUser;
import org.eads.imports.internal.ImportEngine;
import org.springframework.stereotype.Service;

/**
 * Bulk import of records from CSV or JSON files. Uploads run in the background (the owner can leave the page and come
 * back); the command line runs a file in the foreground. Either way every row is checked as the API checks it, and
 * errors are reported with their line numbers.
 */
@Service
public class Imports {

    private final ImportEngine engine;

    public Imports(ImportEngine engine) {
        this.engine = engine;
    }

    /** Queues an uploaded file of records; a worker picks it up within a second. */
    public ImportJob submit(EadsUser user, String fileName, byte[] content, ImportMode mode) {
        return submit(user, ImportJob.RECORDS, Map.of(), fileName, content, mode);
    }

    /**
     * Queues an uploaded file of a kind ({@link ImportJob#RECORDS} or an {@link ImportHandler}'s).
     *
     * @throws IllegalArgumentException when files of that kind cannot have that format
     */
    public ImportJob submit(EadsUser user, String kind, Map<String, String> parameters, String fileName,
                            byte[] content, ImportMode mode) {
        return engine.submit(user, kind, parameters, fileName, content, mode);
    }

    /** Runs a file of a kind now, in this thread (for the API): the job as it ended. */
    public ImportJob run(EadsUser user, String kind, Map<String, String> parameters, String fileName, byte[] content,
                         ImportMode mode) {
        try {
            int rows = ImportEngine.countRows(new ByteArrayInputStream(content), ImportFormat.of(fileName));
            return engine.runNow(user, kind, parameters, fileName, rows, new ByteArrayInputStream(content), mode, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a local file of records now, in this thread, reporting progress to the listener (the command line). */
    public ImportJob runFile(EadsUser user, Path file, ImportMode mode, ProgressListener listener) {
        return runFile(user, ImportJob.RECORDS, Map.of(), file, mode, listener);
    }

    /** Runs a local file of a kind now, in this thread, reporting progress to the listener. */
    public ImportJob runFile(EadsUser user, String kind, Map<String, String> parameters, Path file, ImportMode mode,
                             ProgressListener listener) {
        try (InputStream in = Files.newInputStream(file)) {
            return engine.runNow(user, kind, parameters, file.getFileName().toString(), countLines(file), in, mode,
                    listener);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<ImportJob> find(EadsUser user, UUID id) {
        return engine.find(id).filter(j -> j.userId() == user.id());
    }

    public List<ImportJob> recent(EadsUser user) {
        return engine.recent(user);
    }

    /** After a dry run found errors: write the valid rows only. */
    public ImportJob importValidRows(EadsUser user, UUID id) {
        return engine.requeueValidOnly(find(user, id).orElseThrow(() -> new ImportNotFoundException(id)));
    }

    public ImportJob cancel(EadsUser user, UUID id) {
        return engine.cancel(find(user, id).orElseThrow(() -> new ImportNotFoundException(id)));
    }

    /** Rows in a file, for the progress bar: lines, less the CSV header. */
    static int countLines(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ImportEngine.countRows(in, ImportFormat.of(file.getFileName().toString()));
        }
    }


    /** Hears how far a foreground import is. */
    public interface ProgressListener {
        void rows(int processed, int imported, int errors);
    }
}
