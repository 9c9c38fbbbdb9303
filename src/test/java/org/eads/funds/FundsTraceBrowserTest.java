package org.eads.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eads.BrowserTest;
import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** An investigator's journey: open a case, upload the bank's file, trace a victim's payment, ask for a freeze. */
class FundsTraceBrowserTest extends BrowserTest {

    @Autowired Users users;

    @Test
    void anInvestigatorTracesAVictimsPaymentAndAsksThailandToFreezeIt() throws Exception {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        String n = String.format("%05d", System.nanoTime() % 100_000);
        Path file = Files.createTempFile("transfers", ".csv");
        Files.writeString(file, """
                txn_id,timestamp,from_account,from_bank,from_country,to_account,to_bank,to_country,amount,currency,channel,reference
                W-1,2026-03-02T10:15:00+08:00,7000 1234 %1$s,CIMB,MY,5140-%1$s-5678,Maybank,MY,10000.00,MYR,DUITNOW,victim payment
                W-2,2026-03-02T10:21:00+08:00,5140%1$s5678,Maybank,MY,123-4-%1$s-0,Kasikornbank,TH,6000.00,MYR,SWIFT,
                W-3,2026-03-02T10:25:00+08:00,5140%1$s5678,Maybank,MY,ATM-KL-%1$s,Maybank,MY,2000.00,MYR,ATM,cash
                """.formatted(n));

        loginWithTotp(officer.username(), TestUsers.PASSWORD, null);
        open("/funds");
        find("#reference").sendKeys("W-" + n);
        find("#title").sendKeys("Job scam, browser");
        click("#open-case button[type=submit]");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> d.getCurrentUrl().matches(".*/funds/cases/\\d+$"));
        String casePath = path();

        find("#file").sendKeys(file.toString());
        find("#source").sendKeys("Maybank FIU");
        click("#import-form button[type=submit]");
        wait.until(d -> d.findElement(By.id("import-status")).getText().equals("DONE"));
        open(casePath);
        assertThat(find("#transfer-count").getText()).isEqualTo("3");

        click(".trace-start[aria-label$='W-1']");
        click("#trace-form button[type=submit]");
        wait.until(d -> d.getCurrentUrl().matches(".*/funds/traces/\\d+$"));
        find("#flow canvas");
        find("#timeline canvas");
        assertThat(find("#where-now").getText()).contains("KASIKORNBANK 1234" + n + "0", "cashed out");
        assertThat(find("#carried").getText()).contains("W-1", "W-2", "W-3");
        assertThat(find("#traced-total").getText()).isEqualTo("USD 2,370.00");

        click("#prepare-freeze");
        find("#legalBasis").sendKeys("AMLATFPUAA 2001, s. 44");
        find("#contact").sendKeys("CCID, +60 3-2266 2222");
        click("#freeze-form button[type=submit]");
        wait.until(d -> d.getCurrentUrl().endsWith("/funds/freezes"));
        assertThat(find("#sent").getText()).contains("THA", "Sent");
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
