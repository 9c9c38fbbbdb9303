package org.eads.member;

/** What a member is to e-ADS; the sharing levels are defined in these terms. */
public enum MemberKind {
    /** One of the ten ASEANAPOL member countries (AMCs). */
    MEMBER,
    /** The ASEANAPOL Secretariat in Kuala Lumpur. */
    SECRETARIAT,
    /** A dialogue partner: a national police force or an organisation such as INTERPOL. */
    PARTNER,
    /** An observer. */
    OBSERVER
}
