package org.eads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;

/** Runs {@code eads token} as the launcher would (its own application context on the same database). */
@SpringBootTest
@AutoConfigureMockMvc
class TokenCommandTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void printsATokenAsItsLastLineThatTheApiAccepts() throws Exception {
        EadsUser machine = TestUsers.create(users, "AUS", Role.API_CLIENT);
        Run run = run("token", machine.username(), "--hours", "2", "--label", "nightly export");
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        String token = lines.getLast();

        var response = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains(machine.username());
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'TOKEN_ISSUED' and username = 'eads token'
                    and details like :d
                """).param("d", "for " + machine.username() + ", 'nightly export'%").query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void anUnknownUserIsExitCode2WithAClearMessage() {
        Run run = run("token", "nobody." + System.nanoTime());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("No user is called");
    }

    @Test
    void anOutOfRangeValidityIsExitCode2() {
        Run run = run("token", "whoever", "--hours", "0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--hours");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EadsCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
