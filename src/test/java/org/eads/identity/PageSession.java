package org.eads.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A browser for MockMvc: keeps the session cookie (sessions live in the database through Spring Session, not in
 * MockMvc's own session), sends the CSRF token of the last page it drew, and comes from one client address.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final MockMvc mvc;
    private final String clientAddress;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private String csrf;

    public PageSession(MockMvc mvc, String clientAddress) {
        this.mvc = mvc;
        this.clientAddress = clientAddress;
    }

    /** A client address of its own, so that the login rate limit of one test does not reach another. */
    public static String freshAddress() {
        long n = System.nanoTime();
        return "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
    }

    public MvcResult get(String url) throws Exception {
        return perform(MockMvcRequestBuilders.get(url));
    }

    /** Posts a form with the CSRF token of the last page. */
    public MvcResult post(String url, String... nameValues) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url);
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        if (csrf != null) {
            request.param("_csrf", csrf);
        }
        return perform(request);
    }

    /** Posts a form without any CSRF token. */
    public MvcResult postWithoutCsrf(String url, String... nameValues) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url);
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        return perform(request);
    }

    public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        request.with(r -> {
            r.setRemoteAddr(clientAddress);
            return r;
        });
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MvcResult result = mvc.perform(request).andReturn();
        for (Cookie c : result.getResponse().getCookies()) {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c);
            }
        }
        String body = result.getResponse().getContentAsString();
        Matcher m = CSRF.matcher(body);
        Matcher meta = CSRF_META.matcher(body);
        if (m.find()) {
            csrf = m.group(1);
        } else if (meta.find()) {
            csrf = meta.group(1);
        }
        return result;
    }

    public String sessionCookie() {
        Cookie c = cookies.get("EADS_SESSION");
        return c == null ? null : c.getValue();
    }

    public String address() {
        return clientAddress;
    }

    /** Signs in through the password and code pages of a user whose second factor is enrolled. */
    public MvcResult signIn(String username, String password, String totpSecret, int step) throws Exception {
        get("/login");
        post("/login", "username", username, "password", password);
        get("/login/totp");
        return post("/login/totp", "code", TotpTestCodes.at(totpSecret, step));
    }
}
