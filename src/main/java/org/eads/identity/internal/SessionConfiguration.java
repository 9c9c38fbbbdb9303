package org.eads.identity.internal;

import org.eads.EadsProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie and timeout of the sessions kept in the database. Spring Boot derives them from
 * {@code server.servlet.session.*} only when it starts an embedded server; set here, they hold however the
 * application runs (behind a servlet container, in tests), and the cookie's protections cannot be configured away.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionConfiguration {

    /**
     * HttpOnly, so scripts cannot read it; SameSite=Lax, so other sites' forms do not carry it; Secure whenever the
     * request came over HTTPS.
     */
    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.name:EADS_SESSION}") String name) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(name);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(EadsProperties properties) {
        return repository -> repository.setDefaultMaxInactiveInterval(properties.sessionTimeout());
    }
}
