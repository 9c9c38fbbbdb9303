package org.eads.identity.internal.admin;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.eads.identity.CurrentUser;
import org.eads.identity.InvalidUserInput;
import org.eads.identity.internal.admin.AdminAudit.Admin;
import org.eads.member.Agency;
import org.eads.member.Member;
import org.eads.member.MemberKind;
import org.eads.member.Members;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members and agencies: Secretariat administrators only. */
@Controller
@PreAuthorize("hasRole('SECRETARIAT_ADMIN')")
class MemberAdminPages {

    private final MemberAdministration administration;
    private final Members members;
    private final CurrentUser currentUser;

    MemberAdminPages(MemberAdministration administration, Members members, CurrentUser currentUser) {
        this.administration = administration;
        this.members = members;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/members")
    String list(Model model) {
        model.addAttribute("members", members.all());
        return "admin/members";
    }

    @GetMapping("/admin/members/new")
    String newMember(Model model) {
        return form(model, MemberForm.empty(), null, AdminErrors.none());
    }

    @PostMapping("/admin/members")
    String add(@ModelAttribute MemberForm form, BindingResult binding, HttpServletRequest request, Model model,
               RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null, AdminErrors.of(binding));
        }
        try {
            Member added = administration.add(admin(request), form);
            redirect.addFlashAttribute("notice", added.name() + " added.");
            return "redirect:/admin/members";
        } catch (InvalidUserInput e) {
            return form(model, form, null, AdminErrors.none().add(e.field(), e.getMessage()));
        }
    }

    @GetMapping("/admin/members/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Member member = administration.get(code);
        return form(model, MemberForm.of(member), member, AdminErrors.none());
    }

    @PostMapping("/admin/members/{code}")
    String update(@PathVariable String code, @ModelAttribute MemberForm form, BindingResult binding,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Member member = administration.get(code);
        if (binding.hasErrors()) {
            return form(model, form, member, AdminErrors.of(binding));
        }
        try {
            administration.update(admin(request), code, form);
            redirect.addFlashAttribute("notice", "Changes to " + member.code() + " saved.");
            return "redirect:/admin/members";
        } catch (InvalidUserInput e) {
            return form(model, form, member, AdminErrors.none().add(e.field(), e.getMessage()));
        }
    }

    @PostMapping("/admin/members/{code}/activate")
    String activate(@PathVariable String code, HttpServletRequest request, RedirectAttributes redirect) {
        return setActive(code, true, request, redirect);
    }

    @PostMapping("/admin/members/{code}/deactivate")
    String deactivate(@PathVariable String code, HttpServletRequest request, RedirectAttributes redirect) {
        return setActive(code, false, request, redirect);
    }

    @GetMapping("/admin/agencies")
    String agencies(@RequestParam(required = false) String member, Model model) {
        return agenciesPage(model, member, "", AdminErrors.none());
    }

    @PostMapping("/admin/agencies")
    String addAgency(@RequestParam(defaultValue = "") String memberCode, @RequestParam(defaultValue = "") String name,
                     HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            Agency agency = administration.addAgency(admin(request), memberCode, name);
            redirect.addFlashAttribute("notice", "Agency '" + agency.name() + "' added.");
            return "redirect:/admin/agencies?member=" + agency.memberCode();
        } catch (InvalidUserInput e) {
            return agenciesPage(model, memberCode, name, AdminErrors.none().add(e.field(), e.getMessage()));
        }
    }

    private String setActive(String code, boolean active, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            administration.setActive(admin(request), code, active);
            redirect.addFlashAttribute("notice", code + (active ? " activated." : " deactivated: its users cannot "
                    + "sign in or use their API tokens."));
        } catch (InvalidUserInput e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/members";
    }

    private String form(Model model, MemberForm form, Member existing, AdminErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of(MemberKind.PARTNER, MemberKind.OBSERVER));
        return "admin/member-form";
    }

    private String agenciesPage(Model model, String memberFilter, String name, AdminErrors errors) {
        List<Member> all = members.all().stream().sorted(Comparator.comparing(Member::name)).toList();
        model.addAttribute("members", all);
        model.addAttribute("memberFilter", memberFilter);
        model.addAttribute("agencies", memberFilter == null || memberFilter.isBlank() ? members.agencies()
                : members.agenciesOf(memberFilter));
        model.addAttribute("memberNames", members.byCode());
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        return "admin/agencies";
    }

    private Admin admin(HttpServletRequest request) {
        return new Admin(currentUser.get(), request.getRemoteAddr());
    }
}
