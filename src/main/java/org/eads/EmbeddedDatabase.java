package org.eads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server kept under the data folder. When a server already runs on that folder (a node is up and a
 * command such as {@code eads token} is run beside it), this connects to it instead of starting a second one.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres started;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres started, int port) {
        this.started = started;
        this.port = port;
    }

    static EmbeddedDatabase open(Path dataDir) throws IOException {
        Path pgDir = dataDir.resolve("postgres").toAbsolutePath();
        Optional<Integer> running = runningPort(pgDir);
        if (running.isPresent()) {
            log.info("Using the PostgreSQL server already running on {} (port {})", pgDir, running.get());
            return new EmbeddedDatabase(null, running.get());
        }
        Files.createDirectories(pgDir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(false)
                // Stopped when the application context closes, after everything that uses it; a hook of its own
                // would stop it first and leave the closing application waiting on dead connections.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "1GB")
                // The library's defaults suit throwaway test databases; a committed record must survive a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // Bulk imports write gigabytes of WAL: fewer checkpoints while they run.
                .setServerConfig("max_wal_size", "16GB")
                .setServerConfig("wal_buffers", "64MB")
                .setServerConfig("checkpoint_timeout", "15min")
                .start();
        log.info("Embedded PostgreSQL started on port {} with its data in {}", pg.getPort(), pgDir);
        return new EmbeddedDatabase(pg, pg.getPort());
    }

    /** The port of a live server whose postmaster.pid is in the folder. */
    private static Optional<Integer> runningPort(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
