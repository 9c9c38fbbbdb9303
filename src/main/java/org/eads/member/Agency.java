package org.eads.member;

/** A police agency of a member, for example "Royal Thai Police - CIB". */
public record Agency(long id, String memberCode, String name, boolean active) {
}
