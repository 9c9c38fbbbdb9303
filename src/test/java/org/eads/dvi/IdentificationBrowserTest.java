package org.eads.dvi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eads.BrowserTest;
import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reconciliation team finds a body's strong candidate on its page, reads the evidence tooth by tooth and
 * proposes the identification; two board members confirm it on the operation's page.
 */
class IdentificationBrowserTest extends BrowserTest {

    @Autowired Users users;
    @Autowired DviOperations operations;
    @Autowired DviFiles files;
    @Autowired Identifications identifications;

    @Test
    void aStrongCandidateIsProposedAndConfirmedByTheBoard() throws Exception {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser board1 = TestUsers.create(users, "THA", Role.OFFICER, Role.IDENTIFICATION_BOARD);
        EadsUser board2 = TestUsers.create(users, "MYS", Role.OFFICER, Role.IDENTIFICATION_BOARD);
        Operation o = operations.open(officer, new Operation.Input("Ferry " + System.nanoTime(), "Phuket",
                LocalDate.of(2026, 11, 2), null, null, null, null, 40, Set.of("MYS")));
        Map<String, Map<String, Object>> teeth = new java.util.LinkedHashMap<>();
        for (String t : List.of("16", "26", "36", "46", "17", "27", "37", "47", "15")) {
            teeth.put(t, Map.of("status", "FILLED", "surfaces", List.of("M", "O", "D"), "material", "AMALGAM"));
        }
        teeth.put("11", Map.of("status", "CROWN"));
        DviFile body = files.create(officer, o.id(), DviFile.Kind.PM, new DviFile.Input("PM-21", "MALE", 30, 45, null,
                null, null, null, null, null, null, null, null, null, null, null));
        files.chart(officer, DviFile.Kind.PM, body.id(), null, teeth);
        DviFile person = files.create(officer, o.id(), DviFile.Kind.AM, new DviFile.Input("AM-8", "MALE", 38, 38,
                null, null, null, null, null, null, null, null, "Ahmad Faiz", "MYS", null, null));
        files.chart(officer, DviFile.Kind.AM, person.id(), LocalDate.of(2025, 3, 1), teeth);

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        loginWithTotp(officer.username(), TestUsers.PASSWORD, null);
        open("/dvi/pm-files/" + body.id());
        assertThat(find("#candidates").getText()).contains("AM-8 Ahmad Faiz").contains("STRONG");
        click("#candidates a");
        wait.until(d -> path().contains("/candidates/"));
        assertThat(find("#status").getText()).isEqualTo("STRONG");
        assertThat(find("#dental").getText()).contains("GREEN");
        click("#propose");
        wait.until(d -> d.findElement(By.cssSelector("[role=status]")).getText().contains("proposed to the board"));

        for (EadsUser member : List.of(board1, board2)) {
            driver = newBrowser();
            loginWithTotp(member.username(), TestUsers.PASSWORD, null);
            open("/dvi/operations/" + o.id());
            click("#identifications button[value=CONFIRM]");
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.cssSelector("[role=status]")).getText().contains("Recorded"));
        }
        assertThat(find("#identifications").getText()).contains("CONFIRMED");
        assertThat(identifications.of(officer, o.id()).getFirst().status()).isEqualTo(Identification.Status.CONFIRMED);
        assertThat(files.get(officer, DviFile.Kind.AM, person.id()).status()).isEqualTo("IDENTIFIED");
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
