package org.eads.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.eads.TestUsers;
import org.eads.member.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
class UsersTest {

    @Autowired
    Users users;
    @Autowired
    Members members;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    @Test
    void passwordsNeedTwelveCharactersAndAreStoredAsBcrypt() {
        assertThatThrownBy(() -> users.create(newUser("pw.short." + System.nanoTime(), "THA", "eleven-char")))
                .isInstanceOf(InvalidUserInput.class).hasMessageContaining("at least 12 characters")
                .extracting(e -> ((InvalidUserInput) e).field()).isEqualTo("password");
        EadsUser user = TestUsers.create(users, "THA", Role.OFFICER);
        assertThatThrownBy(() -> users.setPassword(user.username(), "short")).isInstanceOf(InvalidUserInput.class);
        users.setPassword(user.username(), "A much longer passphrase");
        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", user.id())
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwords.matches("A much longer passphrase", hash)).isTrue();
    }

    @Test
    void creationChecksTheMemberTheAgencyAndTheRoles() {
        long malaysianAgency = members.agenciesOf("MYS").getFirst().id();
        assertThatThrownBy(() -> users.create(new NewUser("x." + System.nanoTime(), "X", null, "THA",
                malaysianAgency, Set.of(Role.OFFICER), TestUsers.PASSWORD)))
                .isInstanceOf(InvalidUserInput.class).hasMessageContaining("agency of Thailand");
        assertThatThrownBy(() -> users.create(new NewUser("x." + System.nanoTime(), "X", null, "XXX", null,
                Set.of(Role.OFFICER), TestUsers.PASSWORD))).hasMessageContaining("member");
        assertThatThrownBy(() -> users.create(new NewUser("x." + System.nanoTime(), "X", null, "THA", null,
                Set.of(), TestUsers.PASSWORD))).hasMessageContaining("at least one role");
        assertThatThrownBy(() -> users.create(new NewUser("no spaces please", "X", null, "THA", null,
                Set.of(Role.OFFICER), TestUsers.PASSWORD))).hasMessageContaining("3 to 60 characters");
        EadsUser user = users.create(new NewUser("with.agency." + System.nanoTime(), "With Agency", "", "MYS",
                malaysianAgency, Set.of(Role.OFFICER), TestUsers.PASSWORD));
        assertThat(user.agencyId()).isEqualTo(malaysianAgency);
        EadsUser without = TestUsers.create(users, "MYS", Role.OFFICER);
        assertThat(without.agencyId()).isNull();
    }

    @Test
    void rolesStateAndSecondFactorCanBeChanged() {
        EadsUser user = TestUsers.create(users, "KHM", Role.OFFICER);
        users.updateRoles(user.username(), Set.of(Role.SUPERVISOR, Role.ANALYST));
        assertThat(users.find(user.username()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.SUPERVISOR,
                Role.ANALYST);
        assertThatThrownBy(() -> users.updateRoles(user.username(), Set.of())).isInstanceOf(InvalidUserInput.class);

        users.disable(user.username());
        assertThat(users.account(user.username()).orElseThrow().enabled()).isFalse();
        users.enable(user.username());
        assertThat(users.account(user.username()).orElseThrow().enabled()).isTrue();

        assertThatThrownBy(() -> users.enrolTotp(user.username(), "not base32!")).isInstanceOf(InvalidUserInput.class);
        users.enrolTotp(user.username(), "jbsw y3dp ehpk 3pxp");
        assertThat(users.account(user.username()).orElseThrow().totpEnrolled()).isTrue();
        users.resetTotp(user.username());
        assertThat(users.account(user.username()).orElseThrow().totpEnrolled()).isFalse();

        assertThat(users.list("KHM")).extracting(UserAccount::username).contains(user.username());
        assertThat(users.list("KHM")).allMatch(a -> a.memberCode().equals("KHM"));
        assertThat(users.list(null)).extracting(UserAccount::memberCode).contains("KHM");
    }

    @Test
    void changesToAnUnknownUserSaySo() {
        assertThatThrownBy(() -> users.disable("nobody." + System.nanoTime()))
                .isInstanceOf(UnknownUserException.class).hasMessageContaining("No user is called");
    }

    @Test
    void theSignedInUserSerialisesForTheSessionTable() throws Exception {
        EadsUser user = TestUsers.create(users, "BRN", Role.OFFICER, Role.AUDITOR);
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(user);
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(user);
        }
        assertThat(user.getName()).isEqualTo(user.username());
    }

    private static NewUser newUser(String username, String member, String password) {
        return new NewUser(username, "Someone", null, member, null, Set.of(Role.OFFICER), password);
    }
}
