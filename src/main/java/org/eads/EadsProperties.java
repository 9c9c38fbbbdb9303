package org.eads;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of one e-ADS node. Every value can come from the environment: {@code EADS_DATA_DIR},
 * {@code EADS_DB_URL}, {@code EADS_DB_USER}, {@code EADS_DB_PASSWORD}, ...
 */
@ConfigurationProperties("eads")
public record EadsProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue Db db,
        @DefaultValue("PT30M") Duration sessionTimeout) {

    /** An external PostgreSQL; when {@code url} is empty the embedded one under the data folder is used. */
    public record Db(String url, @DefaultValue("eads") String user, @DefaultValue("") String password,
                     @DefaultValue("10s") Duration connectionTimeout) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
