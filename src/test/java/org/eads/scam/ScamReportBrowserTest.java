package org.eads.scam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.eads.BrowserTest;
import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** An officer records a scam report through the form, corrects a mistake, and follows its indicator. */
class ScamReportBrowserTest extends BrowserTest {

    @Autowired Users users;

    @Test
    void anOfficerRecordsAReportFixesABadNumberAndOpensTheIndicator() {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        String ref = "MY-B" + System.nanoTime() % 1_000_000;
        String digits = String.format("%04d", System.nanoTime() % 10_000);
        loginWithTotp(officer.username(), TestUsers.PASSWORD, null);
        open("/scam/reports/new");
        find("#caseReference").sendKeys(ref);
        new Select(find("#scamType")).selectByValue("INVESTMENT");
        new Select(find("#channel")).selectByValue("MESSAGING_APP");
        find("#lossAmount").sendKeys("42000");
        find("#lossCurrency").sendKeys("MYR");
        find("#victimName").sendKeys("Puan Salmah");
        find("input[name='indicators[0].value']").sendKeys("12");
        click("form.scam-report-form button[type=submit]");

        assertThat(find("#problems").getText()).contains("Indicator row 1.value");
        WebElement phone = find("input[name='indicators[0].value']");
        assertThat(phone.getAttribute("value")).isEqualTo("12");
        phone.clear();
        phone.sendKeys("012-345 " + digits);
        click("form.scam-report-form button[type=submit]");

        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> path().matches("/scam/reports/[0-9a-f-]{36}"));
        assertThat(find("main").getText()).contains(ref, "Puan Salmah", "+6012345" + digits, "42,000.00 MYR");
        driver.findElement(By.linkText("+6012345" + digits)).click();
        assertThat(find("main section").getText()).contains("Reports shared with members", "MYS");
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
