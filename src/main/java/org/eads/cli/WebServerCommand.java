package org.eads.cli;

import java.util.Map;

import org.eads.EadsApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Shared by the commands that start the web server. */
abstract class WebServerCommand implements Runnable {

    private static volatile boolean serving;

    @Mixin
    DataOptions data;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080)")
    Integer port;

    static boolean serving() {
        return serving;
    }

    protected void start(Map<String, Object> extra) {
        Map<String, Object> properties = data.properties();
        if (port != null) {
            properties.put("server.port", port);
        }
        properties.putAll(extra);
        SpringApplication app = new SpringApplication(EadsApplication.class);
        app.setDefaultProperties(properties);
        app.run();
        serving = true;
    }
}
