package org.eads.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.eads.BrowserTest;
import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people in two browsers: a Thai supervisor declares a crisis; a Bruneian crisis contact's open page shows the
 * alert without reloading, and the contact acknowledges it; the declarer's crisis board shows the acknowledgement
 * without reloading.
 */
class CrisisBrowserTest extends BrowserTest {

    private static final Duration LIVE = Duration.ofSeconds(15);

    @Autowired Users users;

    @Test
    void aDeclaredCrisisAppearsLiveOnAnotherMembersPageAndItsAcknowledgementOnTheBoard() throws Exception {
        EadsUser declarer = TestUsers.create(users, "THA", Role.OFFICER, Role.SUPERVISOR);
        EadsUser contact = TestUsers.create(users, "BRN", Role.OFFICER, Role.CRISIS_CONTACT);
        String title = "Bombing at Ratchaprasong " + System.nanoTime() % 100000;

        WebDriver declarerBrowser = driver;
        WebDriver contactBrowser = newBrowser();
        driver = contactBrowser;
        loginWithTotp(contact.username(), TestUsers.PASSWORD, null);
        open("/");
        awaitLiveStream();

        driver = declarerBrowser;
        loginWithTotp(declarer.username(), TestUsers.PASSWORD, null);
        open("/crises");
        new Select(find("#type")).selectByValue("BOMBING");
        find("#title").sendKeys(title);
        find("#place").sendKeys("Ratchaprasong intersection, Bangkok");
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('occurredAt').value = '2026-11-20T18:55'");
        var declare = find("form[action$='/crises'][method='post'] button[type=submit]");
        // Bootstrap scrolls smoothly: a click during the scroll lands where the button was
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", declare);
        declare.click();
        new WebDriverWait(driver, LIVE).until(d -> path().matches("/crises/[0-9a-f-]{36}"));
        String board = path();
        assertThat(find("#acks-body").getText()).contains("Brunei", "not acknowledged");
        awaitLiveStream();

        driver = contactBrowser;
        var toast = new WebDriverWait(driver, LIVE).until(d -> d.findElements(By.cssSelector("#live-alerts .toast"))
                .stream().filter(t -> t.getText().contains(title)).findFirst().orElse(null));
        assertThat(toast.getText()).contains("CRITICAL", "Acknowledgement required");
        toast.findElement(By.partialLinkText("Bombing at Ratchaprasong")).click();
        new WebDriverWait(driver, LIVE).until(d -> path().startsWith("/alerts/"));
        find("form[action$='/ack'] button").click();
        assertThat(find(".text-success").getText()).contains("You acknowledged it");

        driver = declarerBrowser;
        assertThat(path()).isEqualTo(board);
        new WebDriverWait(driver, LIVE).until(d -> d.findElements(By.cssSelector("#acks-body tr")).stream()
                .anyMatch(row -> row.getText().contains("Brunei") && row.getText().contains(contact.displayName())));
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
