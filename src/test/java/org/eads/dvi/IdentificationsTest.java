package org.eads.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eads.TestUsers;
import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Reconciliation and the board: proposals, two confirmations, one body one person, revocation. */
@SpringBootTest
class IdentificationsTest {

    @Autowired Users users;
    @Autowired DviOperations operations;
    @Autowired DviFiles files;
    @Autowired Identifications identifications;
    @Autowired Alerts alerts;

    @Test
    void twoBoardMembersOtherThanTheProposerConfirmAndThePairIsLocked() {
        EadsUser proposer = TestUsers.create(users, "THA", Role.OFFICER, Role.IDENTIFICATION_BOARD);
        EadsUser board1 = TestUsers.create(users, "THA", Role.OFFICER, Role.IDENTIFICATION_BOARD);
        EadsUser board2 = TestUsers.create(users, "MYS", Role.OFFICER, Role.IDENTIFICATION_BOARD);
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser malaysianFocal = TestUsers.create(users, "MYS", Role.OFFICER, Role.FOCAL_POINT);
        Operation o = operations.open(proposer, new Operation.Input("Ferry " + System.nanoTime(), "Koh Samui",
                LocalDate.of(2026, 7, 1), null, null, null, null, 10, Set.of("MYS")));
        DviFile pm = files.create(proposer, o.id(), DviFile.Kind.PM, input("PM-1", null));
        DviFile other = files.create(proposer, o.id(), DviFile.Kind.PM, input("PM-2", null));
        DviFile am = files.create(proposer, o.id(), DviFile.Kind.AM, input("AM-1", "Nur Aisyah"));
        files.chart(proposer, DviFile.Kind.PM, pm.id(), null, Map.of("16", Map.of("status", "CROWN")));
        files.chart(proposer, DviFile.Kind.AM, am.id(), null, Map.of("16", Map.of("status", "CROWN")));

        Identification i = identifications.propose(proposer, pm.id(), am.id(), List.of("dental"), "crown on 16");
        assertThat(i.status()).isEqualTo(Identification.Status.PROPOSED);
        assertThatThrownBy(() -> identifications.propose(proposer, other.id(), am.id(), List.of("dental"), null))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("already in identification");
        assertThatThrownBy(() -> identifications.vote(proposer, i.id(), "CONFIRM", null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> identifications.vote(officer, i.id(), "CONFIRM", null))
                .isInstanceOf(NotAllowedException.class);
        assertThat(identifications.vote(board1, i.id(), "CONFIRM", null).status())
                .isEqualTo(Identification.Status.PROPOSED);
        assertThatThrownBy(() -> identifications.vote(board1, i.id(), "CONFIRM", null))
                .isInstanceOf(InvalidRecordException.class);
        Identification confirmed = identifications.vote(board2, i.id(), "CONFIRM", null);
        assertThat(confirmed.status()).isEqualTo(Identification.Status.CONFIRMED);
        assertThat(files.get(proposer, DviFile.Kind.PM, pm.id()).status()).isEqualTo("IDENTIFIED");
        assertThat(alerts.inbox(malaysianFocal, Alerts.InboxFilter.ALL, 0, 50).entries()).anyMatch(e ->
                e.alert().kind() == AlertKind.DVI && e.alert().subject().startsWith("Identification confirmed: PM-1"));

        assertThatThrownBy(() -> identifications.revoke(board1, i.id(), " ")).isInstanceOf(InvalidRecordException.class);
        Identification revoked = identifications.revoke(board1, i.id(), "DNA later excluded");
        assertThat(revoked.status()).isEqualTo(Identification.Status.REVOKED);
        assertThat(files.get(proposer, DviFile.Kind.AM, am.id()).status()).isEqualTo("OPEN");
        assertThat(identifications.propose(proposer, other.id(), am.id(), List.of("DNA"), null).status())
                .isEqualTo(Identification.Status.PROPOSED);
    }

    @Test
    void oneRejectionWithAReasonRejects() {
        EadsUser proposer = TestUsers.create(users, "THA", Role.OFFICER);
        EadsUser board = TestUsers.create(users, "THA", Role.IDENTIFICATION_BOARD, Role.OFFICER);
        Operation o = operations.open(proposer, new Operation.Input("Fire " + System.nanoTime(), "Bangkok",
                LocalDate.of(2026, 7, 2), null, null, null, null, 5, Set.of()));
        DviFile pm = files.create(proposer, o.id(), DviFile.Kind.PM, input("PM-1", null));
        DviFile am = files.create(proposer, o.id(), DviFile.Kind.AM, input("AM-1", "Somchai"));
        Identification i = identifications.propose(proposer, pm.id(), am.id(), List.of("dental"), null);
        assertThatThrownBy(() -> identifications.vote(board, i.id(), "REJECT", null))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("why");
        assertThat(identifications.vote(board, i.id(), "reject", "Too few teeth").status())
                .isEqualTo(Identification.Status.REJECTED);
    }

    private static DviFile.Input input(String number, String name) {
        return new DviFile.Input(number, null, null, null, null, null, null, null, null, null, null, null, name,
                name == null ? null : "MYS", null, null);
    }
}
