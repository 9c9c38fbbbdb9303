package org.eads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eads.audit.Actor;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.audit.ChainBreak;
import org.eads.audit.ChainVerification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import picocli.CommandLine;

/** Runs the command as the launcher does: it starts its own application context on the shared test database. */
@SpringBootTest
class AuditCommandTest {

    @Autowired
    AuditLog log;

    @Test
    void verifiesTheChainOfTheConfiguredDatabase() {
        log.record(AuditEvent.ok(Actor.system("cli-test"), AuditAction.ADMIN_CHANGE, null, null));
        log.flush();
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EadsCli());
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("audit", "verify");
        assertThat(out.toString()).contains("Entries checked: ").contains("Audit chain intact.");
        assertThat(exit).isZero();
        Matcher head = Pattern.compile("Head: (\\d+:[0-9a-f]{64})").matcher(out.toString());
        assertThat(head.find()).isTrue();

        StringWriter again = new StringWriter();
        cli.setOut(new PrintWriter(again));
        assertThat(cli.execute("audit", "verify", "--anchor", head.group(1))).isZero();
        assertThat(cli.execute("audit", "verify", "--anchor", "1:" + "0".repeat(64))).isEqualTo(1);
        assertThat(again.toString()).contains("ANCHOR_MISMATCH");
        assertThat(cli.execute("audit", "verify", "--anchor", "nonsense")).isEqualTo(2);
    }

    @Test
    void aBrokenChainPrintsTheFirstBreakAndExitsWithOne() {
        StringWriter out = new StringWriter();
        int exit = AuditCommand.Verify.report(new ChainVerification(41, 50, "ab12", new ChainBreak(41,
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
