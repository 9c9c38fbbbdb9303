package org.eads.alerts;

/** Which members a notice goes to. The issuing member always sees its own notices. */
public enum Distribution {
    /** The ten ASEANAPOL member countries and the Secretariat. */
    ALL_MEMBERS,
    /** The members named in the notice. */
    SELECTED,
    /** The member countries, the Secretariat and the dialogue partners (not the observers). */
    MEMBERS_AND_PARTNERS
}
