package org.eads.audit;

/** Who did something, as the audit log records it. {@code userId} is null for a failed login of an unknown name. */
public record Actor(Long userId, String username, String memberCode, Long agencyId, String clientAddress) {

    /** The command line or a background job acting for the system itself. */
    public static Actor system(String what) {
        return new Actor(null, what, null, null, "local");
    }
}
