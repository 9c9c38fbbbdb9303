package org.eads.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.eads.audit.AuditVerifier;
import org.eads.audit.ChainVerification;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit log.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the whole audit chain: every entry's hash and link, gapless numbering, and the head.",
                    "Prints the number of entries checked and the first broken entry, if any.",
                    "Exit code 0 when the chain is intact, 1 when it is broken."})
    static final class Verify implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DataOptions data;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = EadsCli.offline(data.properties())) {
                ChainVerification result = context.getBean(AuditVerifier.class).verify();
                return report(result, spec.commandLine().getOut());
            }
        }

        /** Prints the result; the exit code says whether the chain is intact, for scripts and monitoring. */
        static int report(ChainVerification result, PrintWriter out) {
            out.println("Entries checked: " + result.entriesChecked());
            out.println("Head: " + result.headSeq());
            if (result.intact()) {
                out.println("Audit chain intact.");
            } else {
                out.println("Audit chain BROKEN.");
                out.println("First broken entry: " + result.firstBreak().seq() + " ("
                        + result.firstBreak().problem() + ")");
                out.println(result.firstBreak().description());
            }
            out.flush();
            return result.intact() ? 0 : 1;
        }
    }
}
