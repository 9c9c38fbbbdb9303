package org.eads.identity;

/** What a user may do. A user holds one or more roles; the Spring Security authority is {@code ROLE_<name>}. */
public enum Role {
    /** Searches, views shared records, creates and edits records of the own member. */
    OFFICER,
    /** An officer who also works with statistics and analysis. */
    ANALYST,
    /** Approves, and manages all records of the own member. */
    SUPERVISOR,
    /** Manages the users of the own member. */
    MEMBER_ADMIN,
    /** Manages members, agencies and users of every member. */
    SECRETARIAT_ADMIN,
    /** Receives the hit notifications and disclosure requests on the own member's records, and answers them. */
    FOCAL_POINT,
    /** The own member's crisis contact: receives ACCPCM crisis alerts and must acknowledge them. */
    CRISIS_CONTACT,
    /** Sits on a DVI identification board: confirms or rejects proposed identifications (never their own). */
    IDENTIFICATION_BOARD,
    /** Receives requests to freeze money at the own member's banks and records what was done about them. */
    FREEZE_CONTACT,
    /**
     * Works with crime statistics: at a member, enters and uploads the member's data and capability self-assessment;
     * at the Secretariat, validates submissions and accepts or returns them.
     */
    STATISTICS_FOCAL_POINT,
    /** The Secretariat's duty officer: receives alerts that nobody acknowledged in time. */
    DUTY_OFFICER,
    /** Reads the audit log, and nothing else. */
    AUDITOR,
    /** A machine that uses the API with a bearer token. */
    API_CLIENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
