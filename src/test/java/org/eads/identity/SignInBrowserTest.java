package org.eads.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.eads.BrowserTest;
import org.eads.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

class SignInBrowserTest extends BrowserTest {

    @Autowired
    Users users;

    @Test
    void aNewUserEnrolsTheSecondFactorAndReachesTheirPage() {
        EadsUser user = TestUsers.create(users, "SGP", Role.OFFICER, Role.ANALYST);
        open("/account");
        assertThat(path()).isEqualTo("/login");

        String secret = loginWithTotp(user.username(), TestUsers.PASSWORD, null);

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(path()).isEqualTo("/account");
        assertThat(find("#account-name").getText()).isEqualTo(user.displayName());
        assertThat(find("#account-member").getText()).contains("Singapore");
        assertThat(find("#account-roles").getText()).contains("OFFICER", "ANALYST");
        assertThat(find("nav[aria-label=Main]").getText()).contains(user.displayName(), "Sign out", "Records");
        assertThat(consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
        assertThat(htmxPostStatus("/account/tokens/0/revoke")).as("CSRF header on htmx posts").isEqualTo(404);

        // the server's own error pages know who is signed in, too
        open("/no-such-page");
        assertThat(find("main h1").getText()).isEqualTo("Not found");
        assertThat(find("nav[aria-label=Main]").getText()).contains(user.displayName());
        open("/admin/users");
        assertThat(find("main h1").getText()).isEqualTo("Not allowed");

        find("nav form[action$='/logout'] button").click();
        assertThat(find("[role=status]").getText()).contains("signed out");

        // the second time, the code page asks for the enrolled app's code
        loginWithTotp(user.username(), TestUsers.PASSWORD, secret);
        open("/account");
        assertThat(find("#account-name").getText()).isEqualTo(user.displayName());
    }

    /** Posts with htmx from the current page and gives the status: 403 would mean the CSRF header was missing. */
    private long htmxPostStatus(String path) {
        return (Long) ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                document.body.addEventListener('htmx:afterRequest', function (e) { done(e.detail.xhr.status); },
                    {once: true});
                htmx.ajax('POST', arguments[0], {target: 'body', swap: 'none'});
                """, path);
    }
}
