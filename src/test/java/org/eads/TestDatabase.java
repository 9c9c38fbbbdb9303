package org.eads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real PostgreSQL per test JVM. Every application context of the tests (several nodes, command-line runs) uses it
 * as its external database, as a production node would use a shared PostgreSQL.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres server;
    private static Path dataDir;

    /** Set for a child process started by a test, so that it works on the test's database. */
    public static final String SHARED_URL_VARIABLE = "EADS_TEST_DB_URL";

    public static synchronized String jdbcUrl() {
        String shared = System.getenv(SHARED_URL_VARIABLE);
        if (shared != null) {
            if (dataDir == null) {
                try {
                    dataDir = Files.createTempDirectory("eads-test-data");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return shared;
        }
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("max_connections", "300").start();
                dataDir = Files.createTempDirectory("eads-test-data");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    public static synchronized Path dataDir() {
        jdbcUrl();
        return dataDir;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = jdbcUrl();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("eads-test-database", Map.of(
                "eads.db.url", url, "eads.db.user", "postgres", "eads.db.password", "",
                "eads.data-dir", dataDir.toString(),
                // At the end of the run the server may stop before the last contexts close: do not wait long on it.
                "eads.db.connection-timeout", "2s",
                // each application context is a node with a search index of its own
                "eads.index-dir", dataDir.resolve("index-" + java.util.UUID.randomUUID()).toString())));
    }
}
