package org.eads.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.eads.BrowserTest;
import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class LiveAlertBrowserTest extends BrowserTest {

    @Autowired Users users;
    @Autowired Alerts alerts;

    @Test
    void aNotificationAppearsOnAnOpenPageWithoutReloadAndIsAcknowledgedFromIt() {
        EadsUser sender = TestUsers.create(users, "IDN", Role.OFFICER);
        EadsUser contact = TestUsers.create(users, "BRN", Role.OFFICER, Role.CRISIS_CONTACT);
        loginWithTotp(contact.username(), TestUsers.PASSWORD, null);
        open("/alerts");
        find("#unread-count .unread-count");
        String unreadBefore = find("#unread-count .unread-count").getText();
        awaitLiveStream();

        UUID id = alerts.send(Sender.of(sender), NewAlert.of(AlertKind.CRISIS, "Bombing at a Jakarta hotel",
                Recipients.role("BRN", Role.CRISIS_CONTACT)));

        var toast = find("#live-alerts .toast");
        assertThat(toast.getText()).contains("Bombing at a Jakarta hotel", "CRITICAL", "Acknowledgement required");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                !d.findElement(By.cssSelector("#unread-count .unread-count")).getText().equals(unreadBefore));
        // the inbox list itself reloaded with the new row
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("inbox-rows")).getText().contains("Bombing at a Jakarta hotel"));

        toast.findElement(By.linkText("Bombing at a Jakarta hotel")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().equals("/alerts/" + id));
        find("form[action$='/ack'] button").click();
        assertThat(find(".text-success").getText()).contains("You acknowledged it");
        assertThat(alerts.acknowledgements(id)).singleElement().satisfies(m -> assertThat(m.acknowledged()).isTrue());
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
