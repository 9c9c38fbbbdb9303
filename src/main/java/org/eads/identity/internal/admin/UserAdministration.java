package org.eads.identity.internal.admin;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eads.identity.ApiTokens;
import org.eads.identity.EadsUser;
import org.eads.identity.InvalidUserInput;
import org.eads.identity.NewUser;
import org.eads.identity.Role;
import org.eads.identity.UserAccount;
import org.eads.identity.Users;
import org.eads.identity.internal.admin.AdminAudit.Admin;
import org.eads.member.MemberKind;
import org.eads.member.Members;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an administrator may do to users, and the doing of it with its audit entry in one transaction.
 * <ul>
 * <li>A Secretariat administrator manages the users of every member; a member administrator those of their own
 * member only.</li>
 * <li>A member administrator cannot grant SECRETARIAT_ADMIN or AUDITOR, nor change a user who holds one of them:
 * auditors stay independent of the administrators whose work they read.</li>
 * <li>SECRETARIAT_ADMIN is for Secretariat staff only, as it reaches every member.</li>
 * <li>Nobody disables themselves or takes away their own administrator role, so that a member is never left
 * without an administrator by a slip.</li>
 * </ul>
 * Refusals are audited before the 403, outside the transaction of the change, so that they stay recorded.
 */
@Service
class UserAdministration {

    private static final Set<Role> SECRETARIAT_ONLY = EnumSet.of(Role.SECRETARIAT_ADMIN, Role.AUDITOR, Role.DUTY_OFFICER);

    private final Users users;
    private final ApiTokens tokens;
    private final Members members;
    private final AdminAudit audit;
    private final UserSessions sessions;
    private final TransactionTemplate tx;

    UserAdministration(Users users, ApiTokens tokens, Members members, AdminAudit audit, UserSessions sessions,
                       TransactionTemplate tx) {
        this.users = users;
        this.tokens = tokens;
        this.members = members;
        this.audit = audit;
        this.sessions = sessions;
        this.tx = tx;
    }

    static boolean isSecretariatAdmin(EadsUser admin) {
        return admin.has(Role.SECRETARIAT_ADMIN);
    }

    /** The roles this administrator may give. */
    static Set<Role> grantable(EadsUser admin) {
        Set<Role> roles = EnumSet.allOf(Role.class);
        if (!isSecretariatAdmin(admin)) {
            roles.removeAll(SECRETARIAT_ONLY);
        }
        return roles;
    }

    /** The users this administrator may see: of one member, or of all when {@code memberCode} is null. */
    List<UserAccount> list(Admin admin, String memberCode) {
        if (isSecretariatAdmin(admin.user())) {
            return users.list(memberCode == null || memberCode.isBlank() ? null : memberCode);
        }
        return users.list(admin.user().memberCode());
    }

    /** A user this administrator manages; 404 if there is none, 403 if it belongs to another member. */
    UserAccount get(Admin admin, long id) {
        UserAccount account = users.account(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!manages(admin.user(), account.memberCode())) {
            throw audit.denied(admin, "user", account.username(), "view a user of member " + account.memberCode());
        }
        return account;
    }

    EadsUser create(Admin admin, NewUser user) {
        if (user.memberCode() != null && !manages(admin.user(), user.memberCode())) {
            throw audit.denied(admin, "user", user.username(), "create a user in member " + user.memberCode());
        }
        checkGrant(admin, user.username(), user.roles());
        checkSecretariatStaff(user.memberCode(), user.roles());
        return tx.execute(s -> {
            EadsUser created = users.create(user);
            audit.changed(admin, "user", created.username(), "created in " + created.memberCode() + " with roles "
                    + new TreeSet<>(created.roles()));
            return created;
        });
    }

    void updateRoles(Admin admin, long id, Set<Role> roles) {
        UserAccount account = changeable(admin, id, "change the roles of");
        checkGrant(admin, account.username(), roles);
        checkSecretariatStaff(account.memberCode(), roles);
        if (account.id() == admin.user().id() && hadAdminRoleRemoved(account.roles(), roles)) {
            throw new InvalidUserInput("roles", "You cannot take away your own administrator role: ask another "
                    + "administrator.");
        }
        change(admin, account, "roles " + new TreeSet<>(account.roles()) + " -> " + new TreeSet<>(roles),
                true, () -> users.updateRoles(account.username(), roles));
    }

    void resetPassword(Admin admin, long id, String password) {
        UserAccount account = changeable(admin, id, "reset the password of");
        change(admin, account, "password reset", true, () -> users.setPassword(account.username(), password));
    }

    void disable(Admin admin, long id) {
        UserAccount account = changeable(admin, id, "disable");
        if (account.id() == admin.user().id()) {
            throw new InvalidUserInput(null, "You cannot disable your own account.");
        }
        change(admin, account, "disabled", true, () -> users.disable(account.username()));
    }

    void enable(Admin admin, long id) {
        UserAccount account = changeable(admin, id, "enable");
        change(admin, account, "enabled", false, () -> users.enable(account.username()));
    }

    void unlock(Admin admin, long id) {
        UserAccount account = changeable(admin, id, "unlock");
        change(admin, account, "unlocked", false, () -> users.unlock(account.username()));
    }

    void resetSecondFactor(Admin admin, long id) {
        UserAccount account = changeable(admin, id, "reset the second factor of");
        change(admin, account, "second factor reset", true, () -> users.resetTotp(account.username()));
    }

    /** Issues a token for an API client user; the token is returned to be shown once. */
    String issueToken(Admin admin, long id, long hours, String label) {
        UserAccount account = changeable(admin, id, "issue an API token for");
        if (!account.roles().contains(Role.API_CLIENT)) {
            throw new InvalidUserInput(null, "API tokens are for users with the API_CLIENT role.");
        }
        if (hours < 1 || hours > ApiTokens.MAX_VALIDITY.toHours()) {
            throw new InvalidUserInput("hours", "A token is valid for 1 to " + ApiTokens.MAX_VALIDITY.toHours()
                    + " hours.");
        }
        return tokens.issue(account.username(), Duration.ofHours(hours), label, admin.actor());
    }

    void revokeToken(Admin admin, long id, long tokenId) {
        UserAccount account = changeable(admin, id, "revoke an API token of");
        tokens.find(tokenId).filter(t -> t.username().equals(account.username()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        tokens.revoke(tokenId, admin.actor());
    }

    private boolean manages(EadsUser admin, String memberCode) {
        return isSecretariatAdmin(admin) || admin.has(Role.MEMBER_ADMIN) && admin.memberCode().equals(memberCode);
    }

    /** A user this administrator may change: of a managed member, holding no role beyond the administrator's. */
    private UserAccount changeable(Admin admin, long id, String what) {
        UserAccount account = get(admin, id);
        if (!grantable(admin.user()).containsAll(account.roles())) {
            throw audit.denied(admin, "user", account.username(), what + " a user with roles "
                    + new TreeSet<>(account.roles()));
        }
        return account;
    }

    private void checkGrant(Admin admin, String username, Set<Role> roles) {
        if (roles != null && !grantable(admin.user()).containsAll(roles)) {
            throw audit.denied(admin, "user", username, "grant roles " + new TreeSet<>(roles));
        }
    }

    private void checkSecretariatStaff(String memberCode, Set<Role> roles) {
        if (roles != null && roles.contains(Role.SECRETARIAT_ADMIN) && memberCode != null
                && members.find(memberCode).map(m -> m.kind() != MemberKind.SECRETARIAT).orElse(false)) {
            throw new InvalidUserInput("roles", "Only Secretariat staff can be Secretariat administrators.");
        }
    }

    private static boolean hadAdminRoleRemoved(Set<Role> before, Set<Role> after) {
        return before.contains(Role.SECRETARIAT_ADMIN) && !after.contains(Role.SECRETARIAT_ADMIN)
                || before.contains(Role.MEMBER_ADMIN) && !after.contains(Role.MEMBER_ADMIN);
    }

    /**
     * Makes the change and its audit entry together. A change that takes something away (a role, the password, the
     * second factor, the account) also ends the user's open sessions, which hold the state of the sign-in.
     */
    private void change(Admin admin, UserAccount account, String what, boolean endSessions, Runnable change) {
        tx.executeWithoutResult(s -> {
            change.run();
            audit.changed(admin, "user", account.username(), what);
        });
        if (endSessions) {
            sessions.end(account.username());
        }
    }
}
