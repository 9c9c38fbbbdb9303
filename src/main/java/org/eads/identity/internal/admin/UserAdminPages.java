package org.eads.identity.internal.admin;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.eads.identity.ApiTokens;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.InvalidUserInput;
import org.eads.identity.Role;
import org.eads.identity.UserAccount;
import org.eads.identity.internal.admin.AdminAudit.Admin;
import org.eads.member.Member;
import org.eads.member.Members;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user administration pages, for Secretariat and member administrators. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAnyRole('MEMBER_ADMIN', 'SECRETARIAT_ADMIN')")
class UserAdminPages {

    private final UserAdministration administration;
    private final CurrentUser currentUser;
    private final Members members;
    private final ApiTokens tokens;

    UserAdminPages(UserAdministration administration, CurrentUser currentUser, Members members, ApiTokens tokens) {
        this.administration = administration;
        this.currentUser = currentUser;
        this.members = members;
        this.tokens = tokens;
    }

    @GetMapping
    String list(@RequestParam(required = false) String member, HttpServletRequest request, Model model) {
        Admin admin = admin(request);
        model.addAttribute("accounts", administration.list(admin, member));
        model.addAttribute("members", visibleMembers(admin.user()));
        model.addAttribute("memberFilter", member);
        model.addAttribute("now", Instant.now());
        model.addAttribute("agencies", members.agencies());
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(@RequestParam(required = false) String member, Model model) {
        EadsUser admin = currentUser.get();
        String memberCode = UserAdministration.isSecretariatAdmin(admin) && member != null ? member
                : admin.memberCode();
        return newUserForm(model, admin, UserForm.empty(memberCode), AdminErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute UserForm form, BindingResult binding, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        Admin admin = admin(request);
        if (binding.hasErrors()) {
            return newUserForm(model, admin.user(), form, AdminErrors.of(binding));
        }
        try {
            EadsUser created = administration.create(admin, form.toNewUser());
            redirect.addFlashAttribute("notice", "User " + created.username() + " created. At the first sign-in "
                    + "they set up their authenticator app.");
            return "redirect:/admin/users/" + created.id();
        } catch (InvalidUserInput e) {
            return newUserForm(model, admin.user(), form, AdminErrors.none().add(e.field(), e.getMessage()));
        }
    }

    @GetMapping("/{id}")
    String user(@PathVariable long id, HttpServletRequest request, Model model) {
        return userPage(model, admin(request), id, AdminErrors.none());
    }

    @PostMapping("/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(required = false) Set<Role> roles, HttpServletRequest request,
                 Model model, RedirectAttributes redirect) {
        return act(id, request, model, redirect, "Roles saved.",
                admin -> administration.updateRoles(admin, id, roles == null ? Set.of() : roles));
    }

    @PostMapping("/{id}/password")
    String password(@PathVariable long id, @RequestParam(defaultValue = "") String password,
                    HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return act(id, request, model, redirect, "Password changed. Give it to the user by a safe channel.",
                admin -> administration.resetPassword(admin, id, password));
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return act(id, request, model, redirect, "Account disabled; its sessions are ended.",
                admin -> administration.disable(admin, id));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return act(id, request, model, redirect, "Account enabled.", admin -> administration.enable(admin, id));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return act(id, request, model, redirect, "Account unlocked.", admin -> administration.unlock(admin, id));
    }

    @PostMapping("/{id}/reset-totp")
    String resetTotp(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return act(id, request, model, redirect,
                "Second factor reset: the user sets up a new authenticator app at the next sign-in.",
                admin -> administration.resetSecondFactor(admin, id));
    }

    /** The token is drawn into this response and nowhere else: not kept in the session, not in a redirect. */
    @PostMapping("/{id}/tokens")
    String issueToken(@PathVariable long id, @RequestParam(defaultValue = "720") long hours,
                      @RequestParam(defaultValue = "") String label, HttpServletRequest request, Model model) {
        Admin admin = admin(request);
        try {
            model.addAttribute("issuedToken", administration.issueToken(admin, id, hours, label));
            return userPage(model, admin, id, AdminErrors.none());
        } catch (InvalidUserInput e) {
            return userPage(model, admin, id, AdminErrors.none().add(e.field(), e.getMessage()));
        }
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long id, @PathVariable long tokenId, HttpServletRequest request, Model model,
                       RedirectAttributes redirect) {
        return act(id, request, model, redirect, "Token revoked.",
                admin -> administration.revokeToken(admin, id, tokenId));
    }

    private interface Action {
        void run(Admin admin);
    }

    /** Runs an action, then back to the user's page with a notice, or the page again with the refusal. */
    private String act(long id, HttpServletRequest request, Model model, RedirectAttributes redirect,
                       String notice, Action action) {
        Admin admin = admin(request);
        try {
            action.run(admin);
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/admin/users/" + id;
        } catch (InvalidUserInput e) {
            return userPage(model, admin, id, AdminErrors.none().add(e.field(), e.getMessage()));
        }
    }

    private String userPage(Model model, Admin admin, long id, AdminErrors errors) {
        UserAccount account = administration.get(admin, id);
        model.addAttribute("account", account);
        model.addAttribute("member", members.find(account.memberCode()).orElse(null));
        model.addAttribute("agency", account.agencyId() == null ? null
                : members.agency(account.agencyId()).orElse(null));
        model.addAttribute("tokens", tokens.of(account.username()));
        model.addAttribute("grantable", UserAdministration.grantable(admin.user()));
        model.addAttribute("changeable", UserAdministration.grantable(admin.user()).containsAll(account.roles()));
        model.addAttribute("self", account.id() == admin.user().id());
        model.addAttribute("errors", errors);
        model.addAttribute("now", Instant.now());
        model.addAttribute("apiClient", account.roles().contains(Role.API_CLIENT));
        return "admin/user";
    }

    private String newUserForm(Model model, EadsUser admin, UserForm form, AdminErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("members", visibleMembers(admin).stream().filter(Member::active).toList());
        model.addAttribute("agencies", members.agencies().stream().filter(a -> a.active()).toList());
        model.addAttribute("grantable", UserAdministration.grantable(admin));
        model.addAttribute("secretariatAdmin", UserAdministration.isSecretariatAdmin(admin));
        return "admin/user-new";
    }

    private List<Member> visibleMembers(EadsUser admin) {
        return members.all().stream()
                .filter(m -> UserAdministration.isSecretariatAdmin(admin) || m.code().equals(admin.memberCode()))
                .sorted(Comparator.comparing(Member::name))
                .toList();
    }

    private Admin admin(HttpServletRequest request) {
        return new Admin(currentUser.get(), request.getRemoteAddr());
    }
}
