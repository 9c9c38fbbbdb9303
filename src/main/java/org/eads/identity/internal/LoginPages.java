package org.eads.identity.internal;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eads.identity.EadsUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages: the password form (its POST is Spring Security's), then the code, or at the first sign-in the
 * enrolment of an authenticator app. Only a right code turns the session into a full sign-in with an
 * {@link EadsUser}; the session id and the CSRF token change at that moment, as they did after the password.
 */
@Controller
class LoginPages {

    private final LoginService logins;
    private final IdentityProperties properties;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SessionAuthenticationStrategy newSession = new CompositeSessionAuthenticationStrategy(List.of(
            new ChangeSessionIdAuthenticationStrategy(),
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));
    private final RequestCache requestCache = SecurityConfiguration.pageRequestCache();

    LoginPages(LoginService logins, IdentityProperties properties) {
        this.logins = logins;
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                 @RequestParam(required = false) String expired, @RequestParam(required = false) String signedOut,
                 Model model) {
        if (holder.getContext().getAuthentication() != null
                && holder.getContext().getAuthentication().getPrincipal() instanceof EadsUser) {
            return "redirect:/";
        }
        long lockMinutes = properties.lockDuration().toMinutes();
        if (error != null) {
            model.addAttribute("problem", "Sign-in failed. Check your username and password. After "
                    + properties.maxFailedLogins() + " failed attempts in a row an account is locked for "
                    + lockMinutes + " minutes.");
        } else if (locked != null) {
            model.addAttribute("problem", "Too many failed attempts: the account is locked for " + lockMinutes
                    + " minutes. Try again later, or ask your administrator to unlock it.");
        } else if (expired != null) {
            model.addAttribute("problem", "The sign-in took too long. Please start again.");
        } else if (signedOut != null) {
            model.addAttribute("notice", "You are signed out.");
        }
        return "login/login";
    }

    @GetMapping("/login/totp")
    String codeForm(HttpServletRequest request, HttpServletResponse response) {
        PendingSecondFactor pending = pending();
        if (pending == null) {
            return restart(request, response);
        }
        if (logins.enrolment(pending.userId()).isPresent()) {
            return "redirect:/login/enrol";
        }
        return "login/totp";
    }

    @PostMapping("/login/totp")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        PendingSecondFactor pending = pending();
        if (pending == null) {
            return restart(request, response);
        }
        LoginService.StepResult result = logins.checkCode(pending.userId(), code, request.getRemoteAddr());
        return switch (result.outcome()) {
            case SIGNED_IN -> signIn(result.user(), pending, request, response);
            case WRONG_CODE -> {
                model.addAttribute("problem", wrongCode());
                yield "login/totp";
            }
            case LOCKED -> end(request, response, "/login?locked=1");
            case REFUSED -> end(request, response, "/login?error=1");
        };
    }

    @GetMapping("/login/enrol")
    String enrolForm(HttpServletRequest request, HttpServletResponse response, Model model) {
        PendingSecondFactor pending = pending();
        if (pending == null) {
            return restart(request, response);
        }
        return logins.enrolment(pending.userId()).map(enrolment -> {
            model.addAttribute("enrolment", enrolment);
            return "login/enrol";
        }).orElse("redirect:/login/totp");
    }

    @PostMapping("/login/enrol")
    String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        PendingSecondFactor pending = pending();
        if (pending == null) {
            return restart(request, response);
        }
        LoginService.StepResult result = logins.confirmEnrolment(pending.userId(), code, request.getRemoteAddr());
        return switch (result.outcome()) {
            case SIGNED_IN -> signIn(result.user(), pending, request, response);
            case WRONG_CODE -> {
                model.addAttribute("problem", wrongCode());
                yield enrolForm(request, response, model);
            }
            case LOCKED -> end(request, response, "/login?locked=1");
            case REFUSED -> end(request, response, "/login?error=1");
        };
    }

    private String wrongCode() {
        return "That code is not right. Enter the 6-digit code your authenticator app shows now; if it keeps "
                + "failing, check that the phone's clock is set automatically.";
    }

    /** The half-finished sign-in of this session, unless there is none or it took too long. */
    private PendingSecondFactor pending() {
        Authentication current = holder.getContext().getAuthentication();
        if (current instanceof PendingSecondFactor pending
                && !pending.expiredAt(Instant.now(), properties.secondFactorTimeout())) {
            return pending;
        }
        return null;
    }

    private String restart(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = holder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof EadsUser) {
            return "redirect:/";
        }
        return current instanceof PendingSecondFactor ? end(request, response, "/login?expired=1") : "redirect:/login";
    }

    /** Ends the half-finished sign-in: the session goes, and the person starts again at the password. */
    private String end(HttpServletRequest request, HttpServletResponse response, String target) {
        new SecurityContextLogoutHandler().logout(request, response, holder.getContext().getAuthentication());
        return "redirect:" + target;
    }

    private String signIn(EadsUser user, PendingSecondFactor pending, HttpServletRequest request,
                          HttpServletResponse response) {
        var authorities = user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        authentication.setDetails(pending.getDetails());
        newSession.onAuthentication(authentication, request, response);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        SavedRequest saved = requestCache.getRequest(request, response);
        return "redirect:" + (saved != null ? saved.getRedirectUrl() : "/");
    }
}
