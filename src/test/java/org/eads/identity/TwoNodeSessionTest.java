package org.eads.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eads.EadsApplication;
import org.eads.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Two nodes on one database: a session begun on one is valid on the other, as behind a load balancer. */
class TwoNodeSessionTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void aSessionSignedInOnNodeAIsSignedInOnNodeB() throws Exception {
        try (ConfigurableApplicationContext a = node(); ConfigurableApplicationContext b = node()) {
            Users users = a.getBean(Users.class);
            EadsUser user = TestUsers.create(users, "BRN", Role.OFFICER);
            String secret = users.newTotpSecret();
            users.enrolTotp(user.username(), secret);
            String nodeA = "http://localhost:" + port(a);
            String nodeB = "http://localhost:" + port(b);

            String csrf = csrf(get(nodeA + "/login").body());
            var password = post(nodeA + "/login", "username", user.username(), "password", TestUsers.PASSWORD,
                    "_csrf", csrf);
            assertThat(password.headers().firstValue("Location").orElseThrow()).endsWith("/login/totp");
            csrf = csrf(get(nodeA + "/login/totp").body());
            var code = post(nodeA + "/login/totp", "code", TotpTestCodes.now(secret), "_csrf", csrf);
            assertThat(code.statusCode()).isEqualTo(302);
            assertThat(get(nodeA + "/account").statusCode()).isEqualTo(200);

            HttpResponse<String> onB = get(nodeB + "/account");
            assertThat(onB.statusCode()).isEqualTo(200);
            assertThat(onB.body()).contains(user.displayName());

            // signing out on B ends the session on A too
            post(nodeB + "/logout", "_csrf", csrf(onB.body()));
            assertThat(get(nodeA + "/account").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
    }

    private static ConfigurableApplicationContext node() {
        // as arguments: default properties would lose to application.yml's port
        return new SpringApplicationBuilder(EadsApplication.class)
                .run("--server.port=0", "--eads.identity.login-attempts-per-minute=100000");
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String... nameValues) throws Exception {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < nameValues.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }
}
