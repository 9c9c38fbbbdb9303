package org.eads.member;

/** A member of e-ADS. {@code code} is the ISO 3166-1 alpha-3 code for a country. */
public record Member(String code, String alpha2, String name, MemberKind kind, boolean active) {
}
