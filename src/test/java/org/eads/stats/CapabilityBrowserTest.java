package org.eads.stats;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Indonesia's supervisor fills the self-assessment by hand and submits it; the Secretariat sees its critical gap in
 * terrorism legislation in the matrix, drills down and records a workshop against it, and the gap shows as covered.
 */
class CapabilityBrowserTest extends BrowserTest {

    private static final int YEAR = 2013;

    @Autowired Users users;

    @Test
    void aMemberSubmitsItsAssessmentAndTheSecretariatPlansAWorkshopAgainstItsGap() throws Exception {
        EadsUser supervisor = TestUsers.create(users, "IDN", Role.SUPERVISOR);
        EadsUser secretariat = TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        loginWithTotp(supervisor.username(), TestUsers.PASSWORD, null);
        open("/stats/capability?year=" + YEAR);
        assertThat(find("#own-status").getText()).isEqualTo("Not started.");
        click("#start-assessment button[type=submit]");
        wait.until(d -> path().startsWith("/stats/capability/assessments/"));
        assertThat(find("#outstanding").getText()).contains("(60)", "Trafficking in persons, legislation: choose a score", "and 48 more");

        // terrorism legislation 0, fraud 4 with its evidence, everything else 2
        for (WebElement score : driver.findElements(By.cssSelector("select.capability-score"))) {
            String id = score.getAttribute("id");
            String value = id.equals("score-TERRORISM-LEGISLATION") ? "0" : id.startsWith("score-FRAUD-") ? "4" : "2";
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", score);
            new Select(score).selectByValue(value);
            if (value.equals("4")) {
                driver.findElement(By.id(id.replace("score-", "evidence-"))).sendKeys("Anti-Scam Centre since 2022");
            }
        }
        find("#trainingNeed-TERRORISM-LEGISLATION").sendKeys("Help to draft a terrorism financing law");
        click("#save");
        assertThat(find(".alert-success[role=status]").getText())
                .isEqualTo("Saved. Every answer is complete: the supervisor can submit it.");
        click("#submit-assessment button[type=submit]");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> d.findElement(By.id("assessment-status")).getText().equals("Submitted"));
        assertThat(find("#history").getText()).contains("Submitted");

        driver = newBrowser();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        loginWithTotp(secretariat.username(), TestUsers.PASSWORD, null);
        open("/stats/capability?year=" + YEAR);
        find("#capability-heatmap canvas");
        WebElement cell = find("#cell-IDN-TERRORISM");
        assertThat(cell.getText()).contains("0", "Critical gap", "6 dimensions with a gap");
        assertThat(cell.getAttribute("class")).contains("table-danger");
        assertThat(find("#cell-IDN-FRAUD").getAttribute("class")).contains("table-success");
        assertThat(find("#not-submitted").getText()).doesNotContain("Indonesia").contains("Thailand");

        click("#area-TERRORISM");
        wait.until(d -> path().equals("/stats/capability/matrix/TERRORISM"));
        assertThat(find("#cell-IDN-LEGISLATION").getText()).contains("Critical gap");
        assertThat(driver.findElements(By.cssSelector("#cell-IDN-LEGISLATION .badge"))).as("no activity yet").isEmpty();
        assertThat(find("#evidence-IDN").getText()).contains("Help to draft a terrorism financing law");
        click("#plan-IDN-LEGISLATION");
        wait.until(d -> path().equals("/stats/capability/activities/new"));
        assertThat(find("#member-IDN").isSelected()).isTrue();
        assertThat(new Select(find("#crimeArea")).getFirstSelectedOption().getText()).isEqualTo("Terrorism");
        assertThat(new Select(find("#dimension")).getFirstSelectedOption().getText()).isEqualTo("Legislation");
        find("#title").sendKeys("Counter-terrorism legislative drafting workshop");
        new Select(find("#kind")).selectByValue("WORKSHOP");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2014-05-12'", find("#startsOn"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2014-05-14'", find("#endsOn"));
        find("#organiser").sendKeys("UNODC Terrorism Prevention Branch");
        click("#activity-form button[type=submit]");
        wait.until(d -> path().equals("/stats/capability/matrix/TERRORISM"));
        assertThat(find(".alert-success[role=status]").getText())
                .isEqualTo("Activity recorded: Counter-terrorism legislative drafting workshop.");
        assertThat(find("#cell-IDN-LEGISLATION .badge").getText()).endsWith("activity");

        click("#back-to-matrix");
        wait.until(d -> path().equals("/stats/capability"));
        assertThat(find("#cell-IDN-TERRORISM .badge").getText()).endsWith("activity");
        assertThat(find("#activities").getText()).contains("Counter-terrorism legislative drafting workshop",
                "Workshop", "IDN", "Planned");
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
