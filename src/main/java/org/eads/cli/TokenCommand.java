package org.eads.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.eads.identity.ApiTokens;
import org.eads.identity.InvalidUserInput;
import org.eads.identity.UnknownUserException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"Issue an API bearer token for a user and print it. The token is the last line of the output;",
                "it is shown only this once (e-ADS keeps only its hash). Exit code 2: unknown or unusable user."})
final class TokenCommand implements Callable<Integer> {

    static final int USER_PROBLEM = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "USERNAME", description = "The user the token acts as")
    String username;

    @Option(names = "--hours", paramLabel = "N", defaultValue = "720",
            description = "How long the token is valid, in hours (default ${DEFAULT-VALUE}, at most 8784)")
    long hours;

    @Option(names = "--label", paramLabel = "TEXT", defaultValue = "command line",
            description = "What the token is for, shown in the token lists (default '${DEFAULT-VALUE}')")
    String label;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (hours < 1 || hours > ApiTokens.MAX_VALIDITY.toHours()) {
            err.println("--hours must be between 1 and " + ApiTokens.MAX_VALIDITY.toHours());
            return USER_PROBLEM;
        }
        try (ConfigurableApplicationContext context = EadsCli.offline(data.properties())) {
            String token = context.getBean(ApiTokens.class).issue(username, Duration.ofHours(hours), label);
            out.println("API token for " + username + ", valid for " + hours + " hours. Send it as the header");
            out.println("'Authorization: Bearer <token>'. It is shown only now:");
            out.println(token);
            out.flush();
            return 0;
        } catch (UnknownUserException | InvalidUserInput e) {
            err.println(e.getMessage());
            err.flush();
            return USER_PROBLEM;
        }
    }
}
