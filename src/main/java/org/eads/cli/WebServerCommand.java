package org.eads.cli;

import java.util.Map;

import org.eads.EadsApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
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
        // As command-line arguments, the options outrank application.yml; the environment still fills the rest.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplication(EadsApplication.class).run(args);
        serving = true;
        String actualPort = context.getEnvironment().getProperty("local.server.port");
        System.out.println("e-ADS is running on http://localhost:" + actualPort + "/ (stop with Ctrl+C)");
    }
}
