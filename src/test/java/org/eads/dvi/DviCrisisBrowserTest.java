package org.eads.dvi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eads.BrowserTest;
import org.eads.TestUsers;
import org.eads.crisis.Crises;
import org.eads.crisis.Crisis;
import org.eads.crisis.NewCrisis;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer opens a DVI operation from the crisis board with the form filled from the crisis; once the board has
 * confirmed an identification, the operation's page draws its figures and chart and offers the report.
 */
class DviCrisisBrowserTest extends BrowserTest {

    @Autowired Users users;
    @Autowired Crises crises;
    @Autowired DviOperations operations;
    @Autowired DviFiles files;
    @Autowired Identifications identifications;

    @Test
    void anOperationOpenedFromTheCrisisBoardShowsItsFigures() {
        EadsUser contact = TestUsers.create(users, "THA", Role.SUPERVISOR, Role.CRISIS_CONTACT);
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        String title = "Flash floods " + System.nanoTime();
        Crisis crisis = crises.declare(contact, new NewCrisis("NATURAL_DISASTER", title, "Hat Yai", null, null,
                "2026-11-21T20:00:00Z", 3, 10, 5, "MEMBERS", false));
        loginWithTotp(officer.username(), TestUsers.PASSWORD, null);
        open("/crises/" + crisis.id());
        click("a[href='/dvi?crisis=" + crisis.id() + "']");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(d -> d.getCurrentUrl().contains("/dvi?crisis="));
        assertThat(find("#place").getAttribute("value")).isEqualTo("Hat Yai");
        assertThat(find("#occurredOn").getAttribute("value")).isEqualTo("2026-11-21");
        assertThat(find("#missingReported").getAttribute("value")).isEqualTo("5");
        click("#open-operation button[type=submit]");
        wait.until(d -> d.getCurrentUrl().contains("/dvi/operations/"));
        assertThat(find("#crisis-link").getText()).contains(title);
        wait.until(d -> d.findElement(By.id("figure-missing")).getText().equals("5"));
        Operation o = operations.list(officer).stream().filter(x -> x.name().equals(title)).findFirst().orElseThrow();

        DviFile pm = files.create(officer, o.id(), DviFile.Kind.PM, DviFixtures.body("PM-1"));
        DviFile am = files.create(officer, o.id(), DviFile.Kind.AM, DviFixtures.missing("AM-1", "Preecha", "THA"));
        for (DviFile f : List.of(pm, am)) {
            files.chart(officer, f.kind(), f.id(), null, Map.of("16", Map.of("status", "CROWN"),
                    "26", Map.of("status", "IMPLANT")));
        }
        DviFixtures.confirm(identifications, identifications.propose(officer, pm.id(), am.id(), List.of("dental"),
                null), TestUsers.create(users, "THA", Role.IDENTIFICATION_BOARD),
                TestUsers.create(users, "THA", Role.IDENTIFICATION_BOARD));
        open("/dvi/operations/" + o.id());
        wait.until(d -> !d.findElements(By.cssSelector("#dvi-methods-chart canvas")).isEmpty());
        assertThat(find("#figure-identified").getText()).isEqualTo("1");
        assertThat(find("#identifications a[href$='/report.pdf']").getText()).isEqualTo("Report (PDF)");
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
