package org.eads.sharing;

/** Who may see a record besides its owner member. */
public enum SharingLevel {
    /** The owner member only. */
    NATIONAL,
    /** Others learn only that the owner holds a possible match, and may ask for disclosure. */
    HIT_NO_HIT,
    /** The members named on the record. */
    SELECTED,
    /** All ASEANAPOL member countries and the Secretariat. */
    MEMBERS,
    /** Members, the Secretariat and dialogue partners. */
    MEMBERS_AND_PARTNERS
}
