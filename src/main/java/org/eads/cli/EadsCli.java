package org.eads.cli;

import java.util.Map;

import org.eads.EadsApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code eads} command line. */
@Command(name = "eads", mixinStandardHelpOptions = true, version = "e-ADS 0.1.0",
        description = "electronic ASEANAPOL Database System",
        subcommands = {ServeCommand.class, DemoCommand.class, TokenCommand.class, ImportCommand.class,
                AuditCommand.class, ReindexCommand.class, BenchCommand.class})
public final class EadsCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exit = new CommandLine(new EadsCli()).execute(args.length == 0 ? new String[] {"--help"} : args);
        if (exit != 0 || !WebServerCommand.serving()) {
            System.exit(exit);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Starts the application without a web server, for one-shot commands, with the given properties. */
    public static ConfigurableApplicationContext offline(Map<String, Object> properties) {
        SpringApplication app = new SpringApplication(EadsApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(properties);
        app.setAdditionalProfiles("cli");
        return app.run();
    }
}
