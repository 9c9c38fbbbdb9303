package org.eads.cli;

import java.util.Map;

import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start e-ADS on the embedded database and load the demo dataset on first start; "
                + "prints the demo accounts with their passwords and TOTP secrets.")
final class DemoCommand extends WebServerCommand {

    @Override
    public void run() {
        start(Map.of("eads.demo.enabled", "true"));
    }
}
