package org.eads.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.eads.audit.AuditVerifier;
import org.eads.audit.ChainAnchor;
import org.eads.audit.ChainVerification;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
                    "Prints the number of entries checked, the head as SEQ:HASH (keep it outside the database and",
                    "pass it later with --anchor), and the first broken entry, if any.",
                    "Exit code 0 when the chain is intact, 1 when it is broken."})
    static final class Verify implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DataOptions data;

        @Option(names = "--anchor", paramLabel = "SEQ:HASH",
                description = "A head printed by an earlier run: also check that this entry still has this hash")
        String anchor;

        @Override
        public Integer call() {
            ChainAnchor expected = anchor();
            try (ConfigurableApplicationContext context = EadsCli.offline(data.properties())) {
                ChainVerification result = context.getBean(AuditVerifier.class).verify(expected);
                return report(result, spec.commandLine().getOut());
            }
        }

        private ChainAnchor anchor() {
            try {
                return anchor == null ? null : ChainAnchor.parse(anchor);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }

        /** Prints the result; the exit code says whether the chain is intact, for scripts and monitoring. */
        static int report(ChainVerification result, PrintWriter out) {
            out.println("Entries checked: " + result.entriesChecked());
            out.println("Head: " + result.headSeq() + ":" + result.headHash());
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
