package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.eads.BrowserTest;
import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A Secretariat analyst opens the dashboard on accepted data and sees the trend chart and the map drawn from it. */
class StatsAnalysisBrowserTest extends BrowserTest {

    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    @Test
    void theDashboardDrawsTheTrendAndTheMapOfAcceptedData() {
        StatsAnalysisFixtures data = new StatsAnalysisFixtures(jdbc);
        String area = data.crimeArea();
        data.year(area, "LAO", 2022, "CASES", 30);
        data.year(area, "LAO", 2023, "CASES", 45);
        data.year(area, "MMR", 2023, "CASES", 12);
        EadsUser analyst = TestUsers.create(users, "ASP", Role.ANALYST);

        loginWithTotp(analyst.username(), TestUsers.PASSWORD, null);
        open("/stats/dashboard?crimeArea=" + area + "&fromYear=2022&toYear=2023&measure=RATE");
        find("#trend-chart canvas");
        find("#map-chart canvas");
        find("#comparison-chart canvas");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        wait.until(d -> js.executeScript("return document.getElementById('map-chart').dataset.countries") != null);
        // Lao PDR and Myanmar have a rate in 2023; the map is coloured by it
        assertThat(js.executeScript("return document.getElementById('map-chart').dataset.countries")).isEqualTo("2");
        Object mapped = js.executeScript("var o = echarts.getInstanceByDom(document.getElementById('map-chart'))"
                + ".getOption().series[0].data; return o.map(function (d) { return d.name; }).sort().join(',');");
        assertThat(mapped).isEqualTo("LAO,MMR");
        Object laoRate = js.executeScript("var o = echarts.getInstanceByDom(document.getElementById('map-chart'))"
                + ".getOption().series[0].data; return o.filter(function (d) { return d.name === 'LAO'; })[0].value;");
        // 45 x 12 = 540 cases over Lao PDR's population in 2023
        long population = jdbc.sql("select population from stats_population where country = 'LAO' and year = 2023")
                .query(Long.class).single();
        assertThat(((Number) laoRate).doubleValue()).isCloseTo(540 * 100_000.0 / population,
                org.assertj.core.data.Offset.offset(1e-9));
        Object trend = js.executeScript("var o = echarts.getInstanceByDom(document.getElementById('trend-chart'))"
                + ".getOption(); return o.series.map(function (s) { return s.name; }).join(',');");
        assertThat((String) trend).contains("Lao PDR", "Myanmar", "Region");
        assertThat(find("#year-on-year tr[data-member='LAO'] .verdict").getText()).contains("Significant increase");
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Uncaught")
                || (m.contains("Failed to load") && !m.contains("favicon.ico")));
    }
}
