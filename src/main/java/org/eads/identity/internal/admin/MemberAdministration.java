package org.eads.identity.internal.admin;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.eads.identity.InvalidUserInput;
import org.eads.identity.Users;
import org.eads.identity.internal.admin.AdminAudit.Admin;
import org.eads.member.Agency;
import org.eads.member.Member;
import org.eads.member.MemberKind;
import org.eads.member.Members;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Members and agencies, as the Secretariat administers them. The ten member countries and the Secretariat are set
 * by the founding agreement and cannot be added or renamed here; dialogue partners and observers come and go.
 * A deactivated member's users cannot sign in or use their tokens, and their open sessions end.
 */
@Service
class MemberAdministration {

    private static final Set<MemberKind> EDITABLE = EnumSet.of(MemberKind.PARTNER, MemberKind.OBSERVER);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}");
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");

    private final Members members;
    private final Users users;
    private final AdminAudit audit;
    private final UserSessions sessions;
    private final TransactionTemplate tx;

    MemberAdministration(Members members, Users users, AdminAudit audit, UserSessions sessions,
                         TransactionTemplate tx) {
        this.members = members;
        this.users = users;
        this.audit = audit;
        this.sessions = sessions;
        this.tx = tx;
    }

    Member get(String code) {
        return members.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    Member add(Admin admin, MemberForm form) {
        String code = form.code() == null ? "" : form.code().strip().toUpperCase();
        if (!CODE.matcher(code).matches()) {
            throw new InvalidUserInput("code", "A code is 2 to 10 capital letters or digits: the ISO 3166 alpha-3 "
                    + "code for a country (AUS), a short name for an organisation (INTERPOL).");
        }
        if (members.find(code).isPresent()) {
            throw new InvalidUserInput("code", "A member with the code " + code + " exists already.");
        }
        Member member = validated(code, form, true);
        return tx.execute(s -> {
            members.save(member);
            audit.changed(admin, "member", code, "added " + member.kind() + " '" + member.name() + "'");
            return member;
        });
    }

    Member update(Admin admin, String code, MemberForm form) {
        Member existing = editable(code);
        Member member = validated(existing.code(), form, existing.active());
        tx.executeWithoutResult(s -> {
            members.save(member);
            audit.changed(admin, "member", code, "changed to " + member.kind() + " '" + member.name() + "'"
                    + (member.alpha2() == null ? "" : " (" + member.alpha2() + ")"));
        });
        return member;
    }

    void setActive(Admin admin, String code, boolean active) {
        Member existing = get(code);
        if (existing.kind() == MemberKind.SECRETARIAT) {
            throw new InvalidUserInput(null, "The Secretariat cannot be deactivated: its administrators run "
                    + "e-ADS.");
        }
        if (existing.active() == active) {
            return;
        }
        tx.executeWithoutResult(s -> {
            members.save(new Member(existing.code(), existing.alpha2(), existing.name(), existing.kind(), active));
            audit.changed(admin, "member", code, active ? "activated" : "deactivated");
        });
        if (!active) {
            users.list(code).forEach(u -> sessions.end(u.username()));
        }
    }

    Agency addAgency(Admin admin, String memberCode, String name) {
        Member member = members.find(memberCode == null ? "" : memberCode)
                .orElseThrow(() -> new InvalidUserInput("memberCode", "Choose the member of the agency."));
        String agencyName = name == null ? "" : name.strip();
        if (agencyName.isEmpty() || agencyName.length() > 200) {
            throw new InvalidUserInput("name", "Give the agency's name (at most 200 characters).");
        }
        try {
            return tx.execute(s -> {
                Agency agency = members.addAgency(member.code(), agencyName);
                audit.changed(admin, "agency", Long.toString(agency.id()), "added '" + agencyName + "' to "
                        + member.code());
                return agency;
            });
        } catch (DuplicateKeyException e) {
            throw new InvalidUserInput("name", member.name() + " has an agency of this name already.");
        }
    }

    private Member editable(String code) {
        Member existing = get(code);
        if (!EDITABLE.contains(existing.kind())) {
            throw new InvalidUserInput(null, "The member countries and the Secretariat are fixed; only partners "
                    + "and observers can be changed here.");
        }
        return existing;
    }

    private static Member validated(String code, MemberForm form, boolean active) {
        if (form.kind() == null || !EDITABLE.contains(form.kind())) {
            throw new InvalidUserInput("kind", "Choose partner or observer: the member countries and the "
                    + "Secretariat are fixed.");
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidUserInput("name", "Give the member's name (at most 200 characters).");
        }
        String alpha2 = form.alpha2() == null || form.alpha2().isBlank() ? null : form.alpha2().strip().toUpperCase();
        if (alpha2 != null && !ALPHA2.matcher(alpha2).matches()) {
            throw new InvalidUserInput("alpha2", "The ISO 3166 alpha-2 code is two letters (AU), or empty for an "
                    + "organisation.");
        }
        return new Member(code, alpha2, name, form.kind(), active);
    }
}
