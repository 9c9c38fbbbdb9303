package org.eads.identity.internal;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless with bearer tokens and answers 401/403 as problem
 * details. The pages use a session in the database, a password form and then a TOTP code, CSRF tokens on every
 * form, and the security headers the web module defines. Only when a web server runs: command-line runs start
 * without one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** Anyone may load these: the login pages and what they are drawn with. */
    private static final String[] PUBLIC_PAGES = {"/login", "/login/**", "/css/**", "/js/**", "/webjars/**",
            "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**",
            // the anti-scam centre's public lookup (counts and status only) and its request to be delisted, both
            // rate-limited per address
            "/lookup", "/lookup/delisting"};

    /**
     * No observation (a timer and a trace span) around each of the security filters: on the API's hot paths (a bank's
     * payment check) they cost more than the filters themselves. Each request is still observed once as a whole
     * ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, BearerTokens tokens, ApiProblems problems,
                                    ObjectProvider<Customizer<HeadersConfigurer<HttpSecurity>>> headers)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        // the OpenAPI document and the Swagger UI that springdoc serves beside it
                        .requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no cookies are read, so there is nothing for a forged cross-site request to ride on
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .headers(h -> headers.orderedStream().forEach(c -> c.customize(h)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDenied()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, PasswordStep passwordStep, LoginRateLimit rateLimit,
                                     LoginEvents events,
                                     ObjectProvider<Customizer<HeadersConfigurer<HttpSecurity>>> headers)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().access(PageAccessHandlers.fullySignedIn()))
                // its own manager without a parent, so that a failure is counted once
                .authenticationManager(new ProviderManager(passwordStep))
                .formLogin(f -> f
                        .loginPage("/login")
                        .successHandler(events.passwordAccepted())
                        .failureHandler(events.passwordRefused()))
                .addFilterBefore(new LoginRateLimitFilter(rateLimit), UsernamePasswordAuthenticationFilter.class)
                .logout(l -> l
                        .logoutUrl("/logout")
                        .addLogoutHandler(events.signedOut())
                        .logoutSuccessUrl("/login?signedOut=1"))
                .requestCache(c -> c.requestCache(pageRequestCache()))
                .headers(h -> headers.orderedStream().forEach(c -> c.customize(h)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(PageAccessHandlers.entryPoint())
                        .accessDeniedHandler(PageAccessHandlers.accessDenied()));
        return http.build();
    }

    /**
     * Remembers the page someone asked for before signing in, to go there afterwards; but not htmx fragments, static
     * files or anything but a plain GET, which would make no sense to land on.
     */
    static HttpSessionRequestCache pageRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null
                && !request.getRequestURI().startsWith(request.getContextPath() + "/.well-known")
                && !request.getRequestURI().endsWith(".ico"));
        cache.setMatchingRequestParameterName("continue");
        return cache;
    }
}
