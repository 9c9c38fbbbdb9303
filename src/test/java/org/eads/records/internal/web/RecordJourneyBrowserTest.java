package org.eads.records.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.eads.BrowserTest;
import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The officer's main journey in a real browser: sign in with the second factor, record a person, find it. */
class RecordJourneyBrowserTest extends BrowserTest {

    @Autowired
    Users users;

    @Test
    void anOfficerSignsInRecordsAPersonAndFindsItInTheList() {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        String secret = loginWithTotp(officer.username(), TestUsers.PASSWORD, null);
        assertThat(secret).isNotBlank();

        open("/records/new?type=PERSON");
        String marker = Long.toString(System.nanoTime(), 36).toUpperCase();
        String name = "Ahmad Faizal bin Rahman " + marker;
        find("#f-names-0-full").sendKeys(name);
        find("#f-dateOfBirth").sendKeys("1984-03-12");
        press("#f-sharingLevel-MEMBERS");
        press("form button.btn-primary[type=submit]");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> path().matches("/records/[0-9a-f-]{36}"));
        assertThat(find("main").getText()).contains(name, "MYS");

        open("/records");
        find("#filter-q").sendKeys(marker);
        find("#filter-type").findElement(By.cssSelector("option[value=PERSON]")).click();
        press("form button.btn-secondary[type=submit]");
        // htmx swaps the results in place: elements read during the swap are stale, so read them again
        List<String> found = new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<String> labels = d.findElements(By.cssSelector("#results a.record-label")).stream()
                            .map(WebElement::getText).toList();
                    return !labels.isEmpty() && labels.stream().allMatch(l -> l.contains(marker)) ? labels : null;
                });
        assertThat(found).singleElement().satisfies(label -> assertThat(label).contains(name));
        // the search box on every page finds the person by name
        find("#global-search").sendKeys(name + Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> path().equals("/search"));
        assertThat(find("#results-title").getText()).contains(name);
        assertThat(find("main table").getText()).contains(name, "MYS");

        open("/");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                !d.findElements(By.cssSelector("#sharing-chart canvas")).isEmpty());
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }

    /** Clicks an element after scrolling it to the middle of the window, as a person would scroll to it. */
    private void press(String css) {
        WebElement element = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }
}
