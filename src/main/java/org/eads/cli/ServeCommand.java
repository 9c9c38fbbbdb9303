package org.eads.cli;

import java.util.Map;

import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start e-ADS without demo data.",
                "Configuration comes from environment variables (EADS_DATA_DIR, EADS_DB_URL, EADS_DB_USER,",
                "EADS_DB_PASSWORD, SERVER_PORT, ...) and an optional ./eads.properties or ./config/application.yml."})
final class ServeCommand extends WebServerCommand {

    @Override
    public void run() {
        start(Map.of());
    }
}
