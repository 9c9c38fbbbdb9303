package org.eads;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.eads.identity.TotpTestCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Base of the browser tests: e-ADS on a random port, driven by a real headless Chromium (Debian's chromium and
 * chromium-driver, paths set explicitly so that nothing is downloaded). Each test gets a fresh browser profile.
 * <p>
 * The login rate limit is raised here: every browser test signs in from 127.0.0.1, and a suite of them would
 * otherwise reach the production limit of 20 attempts a minute. The context is closed after each class, while the
 * test database still runs: left to the JVM's exit, a web server context's shutdown races the database's and the
 * test JVM hangs for 30 seconds.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "eads.identity.login-attempts-per-minute=100000")
public abstract class BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    protected int port;

    /** The browser the helpers below drive; a test with two users points it at each browser in turn. */
    protected WebDriver driver;
    private final List<WebDriver> browsers = new java.util.ArrayList<>();
    private final List<Path> profiles = new java.util.ArrayList<>();

    @BeforeEach
    void startBrowser() throws IOException {
        driver = newBrowser();
    }

    /** Another browser with a fresh profile of its own, closed after the test like the first. */
    protected WebDriver newBrowser() throws IOException {
        Path profile = Files.createTempDirectory("eads-chromium");
        profiles.add(profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        WebDriver browser = new ChromeDriver(service, options);
        browsers.add(browser);
        return browser;
    }

    @AfterEach
    void stopBrowser() throws IOException {
        browsers.forEach(WebDriver::quit);
        for (Path profile : profiles) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    protected WebElement find(String cssSelector) {
        return new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** The path of the page the browser shows now. */
    /** Clicks an element once it is in view: Bootstrap scrolls smoothly, and a click during the scroll misses. */
    protected void click(String cssSelector) {
        WebElement element = find(cssSelector);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    protected String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * Signs in through the real pages: the password, then the code. When the account has no second factor yet,
     * the enrolment page is completed with the secret it shows (read as an authenticator app would from the key
     * next to the QR code). Returns the secret used, to sign in again later.
     *
     * @param totpSecret the enrolled secret, or null when the account is to enrol now
     */
    protected String loginWithTotp(String username, String password, String totpSecret) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("form[action$='/login'] button[type=submit]").click();
        new WebDriverWait(driver, WAIT).until(d -> !path().equals("/login"));
        String secret = totpSecret;
        if (path().equals("/login/enrol")) {
            secret = find("#totp-secret").getAttribute("data-secret");
        } else if (!path().equals("/login/totp")) {
            throw new AssertionError("Sign-in of " + username + " did not reach the code step but " + path());
        }
        String codePage = path();
        for (int step = 0; step <= 2 && path().equals(codePage); step++) {
            // a code is accepted once: if this step's code was spent by an earlier sign-in, the next one is due
            WebElement code = find("#code");
            code.clear();
            code.sendKeys(TotpTestCodes.at(secret, step));
            find("form[action$='" + codePage + "'] button[type=submit]").click();
            String before = codePage;
            new WebDriverWait(driver, WAIT).until(d -> !path().equals(before)
                    || !d.findElements(By.cssSelector("#code.is-invalid")).isEmpty());
        }
        if (path().startsWith("/login")) {
            throw new AssertionError("Sign-in of " + username + " ended on " + path());
        }
        return secret;
    }

    /** Waits until the page's live event stream (the htmx SSE extension on the body) is open. */
    protected void awaitLiveStream() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("var data = document.body['htmx-internal-data'];"
                        + " return data != null && data.sseEventSource != null && data.sseEventSource.readyState === 1")));
    }

    /** Messages of the browser console, to check that no content security policy violation happened. */
    protected List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }
}
