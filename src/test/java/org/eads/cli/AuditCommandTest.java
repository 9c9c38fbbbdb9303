package org.eads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.eads.audit.ChainBreak;
import org.eads.audit.ChainVerification;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AuditCommandTest {

    @Test
    void verifiesTheChainOfTheConfiguredDatabase() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EadsCli());
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("audit", "verify");
        assertThat(out.toString()).contains("Entries checked: ").contains("Audit chain intact.");
        assertThat(exit).isZero();
    }

    @Test
    void aBrokenChainPrintsTheFirstBreakAndExitsWithOne() {
        StringWriter out = new StringWriter();
        int exit = AuditCommand.Verify.report(new ChainVerification(41, 50, new ChainBreak(41,
                ChainBreak.Problem.CHANGED_CONTENT, "its content does not match its hash.")), new PrintWriter(out));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("Entries checked: 41").contains("Audit chain BROKEN.")
                .contains("First broken entry: 41 (CHANGED_CONTENT)");
    }

    @Test
    void listsVerifyUnderAudit() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EadsCli());
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("audit")).isZero();
        assertThat(out.toString()).contains("verify");
    }
}
