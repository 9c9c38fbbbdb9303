package org.eads.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eads.identity.EadsUser;
import org.eads.identity.Users;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.ImportStatus;
import org.eads.imports.Imports;
import org.eads.imports.RowError;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import records from a CSV or JSON file (format: docs/IMPORT.md).",
                "Every row is checked first; a file with errors is not imported unless --valid-only is given.",
                "Exit code: 0 imported, 1 rows had errors (nothing or only the valid rows written), 2 usage error."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "FILE", description = "A .csv, .json (array) or .jsonl file")
    Path file;

    @Option(names = "--user", required = true, paramLabel = "USERNAME",
            description = "The user the records are created for (their member owns them)")
    String username;

    @Option(names = "--valid-only", description = "Import the valid rows even if some rows have errors")
    boolean validOnly;

    @Override
    public Integer call() {
        if (!Files.isReadable(file)) {
            System.err.println("Cannot read " + file);
            return 2;
        }
        try (ConfigurableApplicationContext context = EadsCli.offline(data.properties())) {
            EadsUser user = context.getBean(Users.class).find(username).orElse(null);
            if (user == null) {
                System.err.println("No user '" + username + "'");
                return 2;
            }
            ConsoleProgress bar = new ConsoleProgress("Importing " + file.getFileName());
            ImportJob job = context.getBean(Imports.class).runFile(user, file,
                    validOnly ? ImportMode.VALID_ONLY : ImportMode.ALL_OR_NOTHING, bar::rows);
            bar.done();
            for (RowError e : job.errors()) {
                System.err.println(e);
            }
            if (job.errorRows() > job.errors().size()) {
                System.err.println("... and " + (job.errorRows() - job.errors().size()) + " more rows with errors");
            }
            System.out.println(summary(job));
            return job.status() == ImportStatus.DONE && job.errorRows() == 0 ? 0 : 1;
        }
    }

    private static String summary(ImportJob job) {
        return switch (job.status()) {
            case DONE -> "Imported " + job.importedRows() + " records from " + job.processedRows() + " rows"
                    + (job.errorRows() > 0 ? "; " + job.errorRows() + " rows with errors were left out" : "");
            case NEEDS_DECISION -> job.errorRows() + " of " + job.processedRows()
                    + " rows have errors: nothing was imported. Fix them, or run again with --valid-only.";
            default -> "Import " + job.status().name().toLowerCase() + ": " + job.message();
        };
    }

    /** A progress bar on standard error, redrawn in place. */
    private static final class ConsoleProgress {
        private final String title;
        private long lastDraw;

        ConsoleProgress(String title) {
            this.title = title;
        }

        void rows(int processed, int imported, int errors) {
            long now = System.currentTimeMillis();
            if (now - lastDraw > 200) {
                lastDraw = now;
                System.err.print("\r" + title + ": " + processed + " rows read, " + imported + " written, "
                        + errors + " with errors   ");
            }
        }

        void done() {
            System.err.println();
        }
    }
}
