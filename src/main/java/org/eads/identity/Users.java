package org.eads.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eads.member.MemberKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users of e-ADS. */
@Service
public class Users {

    private static final String SELECT_USER = """
            select u.id, u.username, u.display_name, u.member_code, m.kind as member_kind, u.agency_id, u.roles
            from app_user u join member m on m.code = u.member_code
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public EadsUser create(NewUser user) {
        String roles = "{" + user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")) + "}";
        jdbc.sql("""
                insert into app_user (username, display_name, email, member_code, agency_id, password_hash, roles)
                values (:username, :displayName, :email, :member, :agency, :hash, cast(:roles as text[]))
                """)
                .param("username", user.username()).param("displayName", user.displayName())
                .param("email", user.email()).param("member", user.memberCode()).param("agency", user.agencyId())
                .param("hash", passwords.encode(user.password())).param("roles", roles)
                .update();
        return find(user.username()).orElseThrow();
    }

    public Optional<EadsUser> find(String username) {
        return jdbc.sql(SELECT_USER + " where u.username = :username").param("username", username)
                .query(Users::map).optional();
    }

    public Optional<EadsUser> find(long id) {
        return jdbc.sql(SELECT_USER + " where u.id = :id").param("id", id).query(Users::map).optional();
    }

    PasswordEncoder passwordEncoder() {
        return passwords;
    }

    static EadsUser map(ResultSet rs, int row) throws SQLException {
        long agency = rs.getLong("agency_id");
        Long agencyId = rs.wasNull() ? null : agency;
        return new EadsUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("member_code"), MemberKind.valueOf(rs.getString("member_kind")), agencyId,
                roles(rs.getArray("roles")));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
