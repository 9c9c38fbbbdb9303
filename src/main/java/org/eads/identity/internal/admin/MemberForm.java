package org.eads.identity.internal.admin;

import org.eads.member.Member;
import org.eads.member.MemberKind;

/** The partner or observer form, as typed. Public for the template engine. */
public record MemberForm(String code, String alpha2, String name, MemberKind kind) {

    static MemberForm empty() {
        return new MemberForm("", "", "", MemberKind.PARTNER);
    }

    static MemberForm of(Member member) {
        return new MemberForm(member.code(), member.alpha2() == null ? "" : member.alpha2(), member.name(),
                member.kind());
    }
}
