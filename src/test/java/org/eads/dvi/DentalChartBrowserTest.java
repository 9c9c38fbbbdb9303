package org.eads.dvi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.eads.BrowserTest;
import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** An odontologist opens an operation, enters a body and charts two teeth by clicking them. */
class DentalChartBrowserTest extends BrowserTest {

    @Autowired Users users;
    @Autowired DviFiles files;

    @Test
    void teethAreChartedByClickingThemAndAPhotographIsAdded() throws Exception {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        loginWithTotp(officer.username(), TestUsers.PASSWORD, null);
        open("/dvi");
        find("#name").sendKeys("Storm " + System.nanoTime());
        find("#place").sendKeys("Songkhla");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('occurredOn').value = '2026-10-01'");
        click("#open-operation button[type=submit]");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(d -> d.getCurrentUrl().contains("/dvi/operations/"));

        find("#number").sendKeys("PM-7");
        new Select(find("#sex")).selectByValue("FEMALE");
        click("#new-file button[type=submit]");
        wait.until(d -> d.getCurrentUrl().contains("/dvi/pm-files/"));
        String fileId = path().substring(path().lastIndexOf('/') + 1);

        click("#tooth-16");
        new Select(find("#tooth-status")).selectByValue("FILLED");
        click("#surface-M");
        click("#surface-O");
        new Select(find("#tooth-material")).selectByValue("AMALGAM");
        click("#tooth-apply");
        click("#tooth-46");
        new Select(find("#tooth-status")).selectByValue("MISSING_AM");
        click("#tooth-apply");
        assertThat(find("#tooth-16").getAttribute("class")).contains("s-FILLED");
        click("#dental-form button[type=submit]");
        wait.until(d -> d.findElement(By.cssSelector("[role=status]")).getText().contains("Dental chart saved"));

        assertThat(find("#tooth-46").getAttribute("class")).contains("s-MISSING_AM");
        Map<String, Map<String, Object>> chart = files.chartOf(officer, DviFile.Kind.PM, UUID.fromString(fileId));
        assertThat(chart.get("16")).containsEntry("status", "FILLED").containsEntry("material", "AMALGAM");
        assertThat(chart.get("16").get("surfaces")).isEqualTo(java.util.List.of("M", "O"));

        java.nio.file.Path photo = java.nio.file.Files.createTempFile("body-", ".png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(640, 480,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", photo.toFile());
        find("#caption").sendKeys("Clothing: blue sarong");
        find("#photograph").sendKeys(photo.toAbsolutePath().toString());
        click("#photograph-form button[type=submit]");
        wait.until(d -> d.findElement(By.cssSelector("[role=status]")).getText().contains("Photograph added"));
        org.openqa.selenium.WebElement preview = find("#photographs img");
        assertThat(preview.getAttribute("alt")).isEqualTo("Clothing: blue sarong");
        wait.until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].naturalWidth", preview)).intValue() == 400);

        new Select(find("#markKind")).selectByValue("TATTOO");
        new Select(find("#region")).selectByValue("LEFT_ARM");
        find("#markDescription").sendKeys("koi fish");
        click("#mark-form button[type=submit]");
        wait.until(d -> d.findElement(By.cssSelector("[role=status]")).getText().contains("Mark added"));
        assertThat(find("#marks").getText()).contains("Tattoo, left arm: koi fish");
        new Select(find("#effectKind")).selectByValue("WATCH");
        find("#effectDescription").sendKeys("steel Seiko");
        find("#identifier").sendKeys("4A-1192");
        click("#effect-form button[type=submit]");
        wait.until(d -> d.findElement(By.cssSelector("[role=status]")).getText().contains("Personal effect added"));
        assertThat(files.get(officer, DviFile.Kind.PM, UUID.fromString(fileId)).effects())
                .containsExactly(new DviFile.Effect("WATCH", "steel Seiko", "4A-1192"));
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
