package org.eads.imports;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eads.identity.EadsUser;

/**
 * A module's import of its own kind of file (scam reports, transactions), run as an import job like records are:
 * queued from an upload and run in the background with a progress bar, or run at once for the API; resumed after a
 * restart; all of it or nothing committed. The imports module opens the transaction, records the job's progress and
 * end, and rolls everything back when an all-or-nothing file has a bad row.
 */
public interface ImportHandler {

    /** The kind the jobs name, in capitals: {@code SCAM_REPORTS}. */
    String kind();

    /** What the rows are, for people: "scam reports". */
    String title();

    /** The formats it reads. */
    Set<ImportFormat> formats();

    /**
     * Checks what the import needs besides its file (for transactions, the case they belong to) before a job is
     * made of it.
     *
     * @throws RuntimeException the module's own "not found", "not allowed" or "invalid" exception, saying what is wrong
     */
    default void check(EadsUser user, Map<String, String> parameters) {
    }

    /**
     * Reads and checks every row, reporting bad rows with their line numbers, and writes the good ones in the
     * caller's transaction (in an all-or-nothing import with a bad row they are rolled back by the caller).
     */
    Result run(EadsUser user, Map<String, String> parameters, InputStream content, ImportMode mode,
               Imports.ProgressListener progress);

    /**
     * What a run read and wrote; {@code errors} holds the first reported problems, {@code note} anything else its
     * owner should know (such as duplicates it skipped).
     */
    record Result(int processed, int imported, int errorRows, List<RowError> errors, String note) {

        public Result(int processed, int imported, int errorRows, List<RowError> errors) {
            this(processed, imported, errorRows, errors, null);
        }
    }
}
