package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eads.BrowserTest;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A member's statistics from the grid to the accepted values: the focal point types them with the keyboard and saves,
 * the national supervisor submits, the Secretariat accepts, and the value is in force in stats_fact.
 */
class StatsEntryBrowserTest extends BrowserTest {

    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private WebElement cell(String key) {
        return find("input[name='v|" + key + "']");
    }

    @Test
    void aFocalPointFillsTheGridTheSupervisorSubmitsAndTheSecretariatAccepts() throws Exception {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());
        String period = slot.month(4);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        loginWithTotp(people.focalPoint().username(), org.eads.TestUsers.PASSWORD, null);
        open("/stats");
        WebElement periodField = find("#period");
        periodField.clear();
        periodField.sendKeys(period);
        click("#start-period button[type=submit]");
        wait.until(d -> path().matches("/stats/submissions/[0-9a-f-]{36}"));
        String page = path();
        assertThat(find("#status").getText()).isEqualTo("DRAFT");

        // typing down the column: Enter moves to the next row's value, as in a spreadsheet
        cell("TRAFFICKING_IN_PERSONS|CASES|").sendKeys("7", Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("v|TRAFFICKING_IN_PERSONS|SUSPECTS|");
        driver.switchTo().activeElement().sendKeys("5", Keys.ENTER);
        driver.switchTo().activeElement().sendKeys("3", Keys.ENTER);
        driver.switchTo().activeElement().sendKeys("2", Keys.ENTER);
        driver.switchTo().activeElement().sendKeys("0");
        assertThat(driver.switchTo().activeElement().getAttribute("name"))
                .isEqualTo("v|TRAFFICKING_IN_PERSONS|SUSPECTS|SEX=U");
        cell("FRAUD|CASES|").sendKeys("NA");
        find("input[name='n|FRAUD|CASES|']").sendKeys("Case system being migrated");
        cell("FRAUD|VICTIMS|").sendKeys("-2");
        assertThat(driver.findElement(By.id("dirty")).getDomProperty("hidden")).isEqualTo("false");

        // Ctrl+S saves through htmx; the refused value is named and marked, and nothing was kept
        cell("FRAUD|VICTIMS|").sendKeys(Keys.chord(Keys.CONTROL, "s"));
        wait.until(d -> !d.findElements(By.id("save-errors")).isEmpty());
        assertThat(find("#save-errors").getText()).contains("Victims", "cannot be negative");
        wait.until(d -> cell("FRAUD|VICTIMS|").getAttribute("class").contains("is-invalid"));
        assertThat(path()).isEqualTo(page);

        cell("FRAUD|VICTIMS|").clear();
        cell("FRAUD|VICTIMS|").sendKeys("4");
        click("#save-grid");
        wait.until(d -> !d.findElements(By.id("saved")).isEmpty());
        assertThat(find("#validation").getText()).contains("The validation rules raise no issue");
        assertThat(driver.findElement(By.id("dirty")).getDomProperty("hidden")).isEqualTo("true");
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));

        driver = newBrowser();
        loginWithTotp(people.supervisor().username(), org.eads.TestUsers.PASSWORD, null);
        open(page);
        assertThat(cell("TRAFFICKING_IN_PERSONS|CASES|").getAttribute("value")).isEqualTo("7");
        assertThat(cell("FRAUD|CASES|").getAttribute("value")).isEqualTo("NA");
        click("#submit-submission");
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> d.findElement(By.id("status")).getText().equals("SUBMITTED"));

        driver = newBrowser();
        loginWithTotp(people.secretariat().username(), org.eads.TestUsers.PASSWORD, null);
        open("/stats");
        click("#todo a[href='" + page + "']");
        find("#comment").sendKeys("Thank you: consistent with the quarter");
        click("#accept-submission");
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> d.findElement(By.id("status")).getText().equals("ACCEPTED"));
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));

        List<Map<String, Object>> facts = jdbc.sql("select crime_area, indicator, disaggregation, value from stats_fact "
                + "where member = ? and period = ? order by crime_area, indicator, disaggregation")
                .params(slot.member(), period).query().listOfRows();
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.get("crime_area")).isEqualTo("TRAFFICKING_IN_PERSONS");
            assertThat(f.get("indicator")).isEqualTo("CASES");
            assertThat(f.get("disaggregation")).isEqualTo("");
            assertThat((BigDecimal) f.get("value")).isEqualByComparingTo("7");
        });
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.get("crime_area")).isEqualTo("FRAUD");
            assertThat(f.get("indicator")).isEqualTo("CASES");
            assertThat(f.get("value")).isNull();
        });
        assertThat(facts).hasSize(7);

        // the accepted value is in the dashboard's trend chart, month by month
        open("/stats/dashboard?crimeArea=TRAFFICKING_IN_PERSONS&indicator=CASES&step=MONTH&measure=COUNT&fromYear="
                + slot.year() + "&toYear=" + slot.year() + "&members=" + slot.member());
        find("#trend-chart canvas");
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        wait.until(d -> js.executeScript("var c = echarts.getInstanceByDom(document.getElementById('trend-chart'));"
                + " return c && c.getOption().series && c.getOption().series.length > 0") == Boolean.TRUE);
        Object points = js.executeScript("var o = echarts.getInstanceByDom(document.getElementById('trend-chart'))"
                + ".getOption(); return JSON.stringify(o.series.map(function (s) { return s.data; }));");
        assertThat((String) points).as("a point of value 7 among %s", points)
                .containsPattern("[\\[,:]7(\\.0)?[,\\]}]");
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Uncaught"));
    }
}
