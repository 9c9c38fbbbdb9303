package org.eads.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.eads.TestUsers;
import org.eads.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class LoginFlowTest {

    private static final Pattern QR = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("data-secret=\"([A-Z2-7]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog auditLog;

    @Test
    void firstSignInEnrolsTheAppFromTheQrCodeAndThenOpensTheAskedPage() throws Exception {
        EadsUser user = TestUsers.create(users, "THA", Role.OFFICER);
        PageSession browser = new PageSession(mvc, PageSession.freshAddress());

        assertThat(browser.get("/account").getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(browser.get("/login").getResponse().getStatus()).isEqualTo(200);
        String anonymousSession = browser.sessionCookie();
        MvcResult password = browser.post("/login", "username", user.username(), "password", TestUsers.PASSWORD);
        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        String passwordSession = browser.sessionCookie();
        assertThat(password.getResponse().getHeader("Set-Cookie")).contains("EADS_SESSION=").contains("HttpOnly")
                .contains("SameSite=Lax");
        assertThat(passwordSession).isNotNull().isNotEqualTo(anonymousSession);
        // half signed in: every page sends back to the code step
        assertThat(browser.get("/account").getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        assertThat(browser.get("/login/totp").getResponse().getRedirectedUrl()).isEqualTo("/login/enrol");

        String page = browser.get("/login/enrol").getResponse().getContentAsString();
        String secret = find(SECRET, page);
        String otpauth = decodeQr(find(QR, page));
        assertThat(otpauth).startsWith("otpauth://totp/").contains("secret=" + secret).contains("issuer=e-ADS");
        // reloading shows the same secret, so a slow enrolment does not end with a stale app entry
        assertThat(find(SECRET, browser.get("/login/enrol").getResponse().getContentAsString())).isEqualTo(secret);

        MvcResult wrong = browser.post("/login/enrol", "code", TotpTestCodes.wrong(secret));
        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        assertThat(wrong.getResponse().getContentAsString()).contains("That code is not right").contains("is-invalid");

        MvcResult confirmed = browser.post("/login/enrol", "code", TotpTestCodes.now(secret));
        assertThat(confirmed.getResponse().getRedirectedUrl()).contains("/account");
        // a new session id at each step, so that a planted id is worth nothing
        assertThat(browser.sessionCookie()).isNotEqualTo(passwordSession);
        MvcResult account = browser.get("/account");
        assertThat(account.getResponse().getStatus()).isEqualTo(200);
        assertThat(account.getResponse().getContentAsString()).contains(user.displayName()).contains("OFFICER");

        assertThat(actions(user.username())).contains("TOTP_ENROLLED", "LOGIN_SUCCESS", "LOGIN_FAILURE");
        assertThat(users.account(user.username()).orElseThrow().totpEnrolled()).isTrue();
        assertThat(users.account(user.username()).orElseThrow().lastLoginAt()).isNotNull();
        // the session is in the database, indexed by the username
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = :u")
                .param("u", user.username()).query(Integer.class).single()).isEqualTo(30 * 60);
        // the secret is stored encrypted
        assertThat(jdbc.sql("select totp_secret from app_user where username = :u").param("u", user.username())
                .query(String.class).single()).startsWith("v1:").doesNotContain(secret);
    }

    @Test
    void laterSignInsAskForTheCodeAndAcceptEachCodeOnce() throws Exception {
        EadsUser user = TestUsers.create(users, "MYS", Role.OFFICER);
        String secret = users.newTotpSecret();
        users.enrolTotp(user.username(), secret);

        PageSession first = new PageSession(mvc, PageSession.freshAddress());
        first.get("/login");
        first.post("/login", "username", user.username(), "password", TestUsers.PASSWORD);
        MvcResult codePage = first.get("/login/totp");
        assertThat(codePage.getResponse().getStatus()).isEqualTo(200);
        assertThat(codePage.getResponse().getContentAsString()).contains("Enter your code");
        String code = TotpTestCodes.now(secret);
        assertThat(first.post("/login/totp", "code", code).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(first.get("/account").getResponse().getStatus()).isEqualTo(200);

        // someone who saw the code cannot use it again
        PageSession replay = new PageSession(mvc, PageSession.freshAddress());
        replay.get("/login");
        replay.post("/login", "username", user.username(), "password", TestUsers.PASSWORD);
        replay.get("/login/totp");
        MvcResult refused = replay.post("/login/totp", "code", code);
        assertThat(refused.getResponse().getContentAsString()).contains("That code is not right");
        assertThat(replay.get("/account").getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        // the next step's code works
        assertThat(replay.post("/login/totp", "code", TotpTestCodes.at(secret, 1)).getResponse()
                .getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithoutSayingSo() throws Exception {
        EadsUser user = TestUsers.create(users, "SGP", Role.OFFICER);
        PageSession browser = new PageSession(mvc, PageSession.freshAddress());
        browser.get("/login");
        for (int i = 0; i < 5; i++) {
            MvcResult failed = browser.post("/login", "username", user.username(), "password", "wrong password " + i);
            assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error=1");
        }
        assertThat(users.account(user.username()).orElseThrow().lockedUntil()).isNotNull();
        assertThat(actions(user.username())).contains("ACCOUNT_LOCKED");

        // the right password does not help now, and the page says what it says for an unknown name
        MvcResult locked = browser.post("/login", "username", user.username(), "password", TestUsers.PASSWORD);
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?error=1");
        String lockedPage = browser.get("/login?error=1").getResponse().getContentAsString();
        MvcResult unknown = browser.post("/login", "username", "nobody." + System.nanoTime(), "password", "x");
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error=1");
        String unknownPage = browser.get("/login?error=1").getResponse().getContentAsString();
        assertThat(message(lockedPage)).isEqualTo(message(unknownPage)).contains("Sign-in failed");

        // an administrator can lift the lock; a complete sign-in starts the count again
        users.unlock(user.username());
        String secret = users.newTotpSecret();
        users.enrolTotp(user.username(), secret);
        assertThat(browser.signIn(user.username(), TestUsers.PASSWORD, secret, 0).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(users.account(user.username()).orElseThrow().failedLogins()).isZero();
    }

    @Test
    void fiveWrongCodesLockTheAccountToo() throws Exception {
        EadsUser user = TestUsers.create(users, "IDN", Role.ANALYST);
        String secret = users.newTotpSecret();
        users.enrolTotp(user.username(), secret);
        PageSession browser = new PageSession(mvc, PageSession.freshAddress());
        browser.get("/login");
        browser.post("/login", "username", user.username(), "password", TestUsers.PASSWORD);
        browser.get("/login/totp");
        for (int i = 0; i < 4; i++) {
            assertThat(browser.post("/login/totp", "code", TotpTestCodes.wrong(secret)).getResponse().getStatus())
                    .isEqualTo(200);
        }
        MvcResult fifth = browser.post("/login/totp", "code", TotpTestCodes.wrong(secret));
        assertThat(fifth.getResponse().getRedirectedUrl()).isEqualTo("/login?locked=1");
        assertThat(users.account(user.username()).orElseThrow().lockedUntil()).isNotNull();
        // the half-finished session is gone
        assertThat(browser.get("/login/totp").getResponse().getRedirectedUrl()).isEqualTo("/login");
        auditLog.flush();
        assertThat(jdbc.sql("select count(*) from audit_entry where username = :u and action = 'LOGIN_FAILURE'"
                + " and details = 'wrong second-factor code'").param("u", user.username()).query(Long.class)
                .single()).isEqualTo(5L);
    }

    @Test
    void machineAccountsCannotSignInToPages() throws Exception {
        EadsUser machine = TestUsers.create(users, "AUS", Role.API_CLIENT);
        PageSession browser = new PageSession(mvc, PageSession.freshAddress());
        browser.get("/login");
        MvcResult refused = browser.post("/login", "username", machine.username(), "password", TestUsers.PASSWORD);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error=1");
        auditLog.flush();
        assertThat(jdbc.sql("select details from audit_entry where username = :u and action = 'LOGIN_FAILURE'")
                .param("u", machine.username()).query(String.class).single()).contains("API client");
    }

    @Test
    void disabledAccountsCannotSignIn() throws Exception {
        EadsUser user = TestUsers.create(users, "PHL", Role.OFFICER);
        users.disable(user.username());
        PageSession browser = new PageSession(mvc, PageSession.freshAddress());
        browser.get("/login");
        assertThat(browser.post("/login", "username", user.username(), "password", TestUsers.PASSWORD)
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error=1");
    }

    @Test
    void tooManyAttemptsFromOneAddressAreAnswered429() throws Exception {
        PageSession browser = new PageSession(mvc, PageSession.freshAddress());
        browser.get("/login");
        // the limit counts per clock minute: 41 attempts fill one minute past 20 even if a minute starts meanwhile
        MvcResult limited = null;
        int accepted = 0;
        for (int i = 0; i < 41 && limited == null; i++) {
            MvcResult attempt = browser.post("/login", "username", "nobody", "password", "guess " + i);
            if (attempt.getResponse().getStatus() == 429) {
                limited = attempt;
            } else {
                assertThat(attempt.getResponse().getStatus()).isEqualTo(302);
                accepted++;
            }
        }
        assertThat(limited).isNotNull();
        assertThat(accepted).isGreaterThanOrEqualTo(20);
        assertThat(limited.getResponse().getHeader("Retry-After")).isEqualTo("60");
        // another address is not affected
        PageSession other = new PageSession(mvc, PageSession.freshAddress());
        other.get("/login");
        assertThat(other.post("/login", "username", "nobody", "password", "guess").getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void formsWithoutCsrfTokenAreForbidden() throws Exception {
        EadsUser user = TestUsers.create(users, "VNM", Role.OFFICER);
        PageSession browser = new PageSession(mvc, PageSession.freshAddress());
        browser.get("/login");
        assertThat(browser.postWithoutCsrf("/login", "username", user.username(), "password", TestUsers.PASSWORD)
                .getResponse().getStatus()).isEqualTo(403);
        String secret = users.newTotpSecret();
        users.enrolTotp(user.username(), secret);
        browser.signIn(user.username(), TestUsers.PASSWORD, secret, 0);
        assertThat(browser.postWithoutCsrf("/logout").getResponse().getStatus()).isEqualTo(403);
        assertThat(browser.get("/account").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() throws Exception {
        EadsUser user = TestUsers.create(users, "KHM", Role.SUPERVISOR);
        String secret = users.newTotpSecret();
        users.enrolTotp(user.username(), secret);
        PageSession browser = new PageSession(mvc, PageSession.freshAddress());
        browser.signIn(user.username(), TestUsers.PASSWORD, secret, 0);
        browser.get("/account");
        assertThat(browser.post("/logout").getResponse().getRedirectedUrl()).isEqualTo("/login?signedOut=1");
        assertThat(browser.get("/account").getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(actions(user.username())).contains("LOGOUT");
        auditLog.flush();
        assertThat(jdbc.sql("select client_address from audit_entry where username = :u and action = 'LOGOUT'")
                .param("u", user.username()).query(String.class).single()).isEqualTo(browser.address());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        var response = new PageSession(mvc, PageSession.freshAddress()).get("/login").getResponse();
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'").contains("script-src 'self'").contains("style-src 'self'")
                .contains("img-src 'self' data:").doesNotContain("unsafe-inline");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getContentAsString()).doesNotContain("style=\"").doesNotContain("<script>");
    }

    private List<String> actions(String username) {
        auditLog.flush();
        return jdbc.sql("select action from audit_entry where username = :u order by seq").param("u", username)
                .query(String.class).list();
    }

    private static String message(String page) {
        return find(Pattern.compile("id=\"signin-problem\">([^<]+)<"), page);
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in the page:\n%s", pattern, text).isTrue();
        return m.group(1);
    }

    private static String decodeQr(String base64Png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64Png)));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap).getText();
    }
}
