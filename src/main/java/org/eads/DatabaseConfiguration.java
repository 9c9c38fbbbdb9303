package org.eads;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** PostgreSQL is the one source of truth: external when {@code EADS_DB_URL} is set, embedded otherwise. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(EadsProperties properties) throws IOException {
        HikariConfig config = new HikariConfig();
        EmbeddedDatabase embedded = null;
        if (properties.db().external()) {
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
        } else {
            embedded = EmbeddedDatabase.open(properties.dataDir());
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        }
        config.setMaximumPoolSize(20);
        config.setConnectionTimeout(properties.db().connectionTimeout().toMillis());
        config.setPoolName("eads");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new PooledDatabase(config, embedded);
    }

    /** The connection pool, and the embedded server behind it if this node started one. */
    static final class PooledDatabase extends HikariDataSource {
        private final EmbeddedDatabase embedded;

        PooledDatabase(HikariConfig config, EmbeddedDatabase embedded) {
            super(config);
            this.embedded = embedded;
        }

        @Override
        public void close() {
            super.close();
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException e) {
                    throw new IllegalStateException("Could not stop the embedded PostgreSQL", e);
                }
            }
        }
    }
}
