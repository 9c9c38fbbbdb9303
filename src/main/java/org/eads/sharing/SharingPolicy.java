package org.eads.sharing;

import java.util.Map;

import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.member.MemberKind;
import org.springframework.stereotype.Service;

/**
 * The one dissemination policy of e-ADS. Pages, lists, the API, exports, search and alerts all ask it; nothing else
 * decides who may see a record. {@link #access} decides for one record in memory, {@link #visibleRecords} gives the
 * same decision as an SQL condition for lists, and a test proves that both agree for every level and principal.
 */
@Service
public class SharingPolicy {

    /**
     * What the principal may know of the record.
     * <ul>
     *   <li>The owner member sees its records whatever their level.</li>
     *   <li>{@code SELECTED}: the named members see it; nobody else does.</li>
     *   <li>{@code MEMBERS}: AMCs and the Secretariat.</li>
     *   <li>{@code MEMBERS_AND_PARTNERS}: AMCs, the Secretariat and dialogue partners; observers do not.</li>
     *   <li>{@code HIT_NO_HIT}: AMCs, the Secretariat and partners learn of a hit in search, no more.</li>
     *   <li>{@code NATIONAL}: nobody but the owner.</li>
     * </ul>
     * An auditor-only user sees no records: the audit log is their whole view.
     */
    public Access access(EadsUser viewer, RecordSharing record) {
        if (!readsRecords(viewer)) {
            return Access.NONE;
        }
        if (record.ownerMember().equals(viewer.memberCode())) {
            return Access.FULL;
        }
        MemberKind kind = viewer.memberKind();
        return switch (record.level()) {
            case NATIONAL -> Access.NONE;
            case SELECTED -> record.sharedWith().contains(viewer.memberCode()) ? Access.FULL : Access.NONE;
            case MEMBERS -> isMemberOrSecretariat(kind) ? Access.FULL : Access.NONE;
            case MEMBERS_AND_PARTNERS -> isMemberOrSecretariat(kind) || kind == MemberKind.PARTNER
                    ? Access.FULL : Access.NONE;
            case HIT_NO_HIT -> isMemberOrSecretariat(kind) || kind == MemberKind.PARTNER
                    ? Access.HIT_ONLY : Access.NONE;
        };
    }

    public boolean maySee(EadsUser viewer, RecordSharing record) {
        return access(viewer, record) == Access.FULL;
    }

    /**
     * The records the principal may see in full, as an SQL condition on a table with the columns
     * {@code owner_member}, {@code sharing_level} and {@code shared_with}, under the given alias.
     */
    public SqlCondition visibleRecords(EadsUser viewer, String alias) {
        if (!readsRecords(viewer)) {
            return new SqlCondition("false", Map.of());
        }
        String a = alias == null || alias.isEmpty() ? "" : alias + ".";
        MemberKind kind = viewer.memberKind();
        StringBuilder sql = new StringBuilder("(").append(a).append("owner_member = :viewerMember")
                .append(" or (").append(a).append("sharing_level = 'SELECTED' and :viewerMember = any(")
                .append(a).append("shared_with))");
        if (isMemberOrSecretariat(kind)) {
            sql.append(" or ").append(a).append("sharing_level in ('MEMBERS', 'MEMBERS_AND_PARTNERS')");
        } else if (kind == MemberKind.PARTNER) {
            sql.append(" or ").append(a).append("sharing_level = 'MEMBERS_AND_PARTNERS'");
        }
        sql.append(")");
        return new SqlCondition(sql.toString(), Map.of("viewerMember", viewer.memberCode()));
    }

    /** Whether the user's roles let them read records at all. */
    private static boolean readsRecords(EadsUser viewer) {
        return viewer.hasAny(Role.OFFICER, Role.ANALYST,
                Role.SUPERVISOR, Role.MEMBER_ADMIN,
                Role.SECRETARIAT_ADMIN, Role.API_CLIENT);
    }

    private static boolean isMemberOrSecretariat(MemberKind kind) {
        return kind == MemberKind.MEMBER || kind == MemberKind.SECRETARIAT;
    }
}
