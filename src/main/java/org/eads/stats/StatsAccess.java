package org.eads.stats;

import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.member.MemberKind;

/**
 * Who may do what with crime statistics. A member's statistics focal points and supervisors (and its machines) work
 * on their own member's data only; the Secretariat's statistics focal points validate every member's submissions and
 * maintain the classification and the rules; analysts read.
 */
public final class StatsAccess {

    private StatsAccess() {
    }

    public static boolean secretariat(EadsUser user) {
        return user.memberKind() == MemberKind.SECRETARIAT;
    }

    /** Whether the user works with statistics at all: at a member country or at the Secretariat. */
    public static boolean mayView(EadsUser user) {
        return (user.memberKind() == MemberKind.MEMBER || secretariat(user))
                && user.hasAny(Role.STATISTICS_FOCAL_POINT, Role.SUPERVISOR, Role.ANALYST, Role.API_CLIENT);
    }

    /** Refuses a user who does not work with statistics. */
    public static void requireView(EadsUser user) {
        if (!mayView(user)) {
            throw new org.eads.records.NotAllowedException("Only statistics focal points, supervisors and analysts of "
                    + "members and the Secretariat work with crime statistics");
        }
    }

    /** Whether the user may see the member's submissions: their own member's, or every member's at the Secretariat. */
    public static boolean maySee(EadsUser user, String member) {
        return mayView(user) && (secretariat(user) || user.memberCode().equals(member));
    }

    /** Whether the user enters and uploads the member's data: its statistics focal points, supervisors and machines. */
    public static boolean mayEdit(EadsUser user, String member) {
        return user.memberKind() == MemberKind.MEMBER && user.memberCode().equals(member)
                && user.hasAny(Role.STATISTICS_FOCAL_POINT, Role.SUPERVISOR, Role.API_CLIENT);
    }

    /** Whether the user submits the member's data to the Secretariat: the national supervisor. */
    public static boolean maySubmit(EadsUser user, String member) {
        return user.memberKind() == MemberKind.MEMBER && user.memberCode().equals(member) && user.has(Role.SUPERVISOR);
    }

    /** Whether the user validates submissions, accepting or returning them: a Secretariat statistics focal point. */
    public static boolean mayReview(EadsUser user) {
        return secretariat(user) && user.has(Role.STATISTICS_FOCAL_POINT);
    }

    /** Whether the user maintains the classification and the validation rules: a Secretariat statistics focal point. */
    public static boolean mayMaintain(EadsUser user) {
        return mayReview(user);
    }
}
