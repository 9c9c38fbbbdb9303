package org.eads.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eads.TestUsers;
import org.eads.alerts.internal.Escalation;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@SpringBootTest
class AlertsTest {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(Instant.parse("2026-03-01T02:00:00Z"));
        }
    }

    @Autowired Alerts alerts;
    @Autowired Users users;
    @Autowired Escalation escalation;
    @Autowired TestClock clock;

    @Test
    void aRoleAtAMemberReachesItsHoldersWhoReadAndAcknowledge() {
        EadsUser sender = TestUsers.create(users, "PHL", Role.OFFICER);
        EadsUser contact = TestUsers.create(users, "BRN", Role.OFFICER, Role.CRISIS_CONTACT);
        EadsUser colleague = TestUsers.create(users, "BRN", Role.OFFICER);

        UUID id = alerts.send(Sender.of(sender), NewAlert.of(AlertKind.CRISIS, "Bombing in Manila",
                Recipients.role("BRN", Role.CRISIS_CONTACT)));

        assertThat(alerts.inbox(contact, Alerts.InboxFilter.UNREAD, 0, 50).entries())
                .anyMatch(e -> e.alert().id().equals(id) && e.awaitingAck());
        assertThat(alerts.inbox(colleague, Alerts.InboxFilter.ALL, 0, 50).entries())
                .noneMatch(e -> e.alert().id().equals(id));
        long unread = alerts.unread(contact);
        alerts.open(contact, id);
        assertThat(alerts.unread(contact)).isEqualTo(unread - 1);

        InboxEntry acked = alerts.acknowledge(contact, id, "PAGE");
        assertThat(acked.acknowledgedAt()).isNotNull();
        assertThat(alerts.acknowledgements(id)).singleElement()
                .satisfies(m -> {
                    assertThat(m.memberCode()).isEqualTo("BRN");
                    assertThat(m.acknowledged()).isTrue();
                });
        assertThat(alerts.receipts(sender, id)).filteredOn(r -> r.userId() == contact.id()).singleElement()
                .satisfies(r -> assertThat(r.acknowledgedVia()).isEqualTo("PAGE"));
        // nobody outside the sending member follows it, and nobody it was not sent to opens it
        assertThatThrownBy(() -> alerts.receipts(contact, id)).isInstanceOf(AlertNotFoundException.class);
        assertThatThrownBy(() -> alerts.open(colleague, id)).isInstanceOf(AlertNotFoundException.class);
    }

    @Test
    void aRoleNobodyHoldsReachesTheSupervisors() {
        EadsUser sender = TestUsers.create(users, "SGP", Role.OFFICER);
        EadsUser supervisor = TestUsers.create(users, "TLS", Role.SUPERVISOR);
        UUID id = alerts.send(Sender.of(sender), NewAlert.of(AlertKind.NOTICE, "Wanted: armed robbery suspect",
                Recipients.role("TLS", Role.CRISIS_CONTACT)));
        assertThat(alerts.inbox(supervisor, Alerts.InboxFilter.ALL, 0, 10).entries())
                .anyMatch(e -> e.alert().id().equals(id));
    }

    @Test
    void anUnacknowledgedCrisisAlertEscalatesOnceAfterItsDeadline() {
        EadsUser sender = TestUsers.create(users, "IDN", Role.OFFICER);
        EadsUser contact = TestUsers.create(users, "PNG", Role.OFFICER, Role.CRISIS_CONTACT);
        EadsUser supervisor = TestUsers.create(users, "PNG", Role.SUPERVISOR);
        EadsUser duty = TestUsers.create(users, "ASP", Role.DUTY_OFFICER);
        UUID id = alerts.send(Sender.of(sender), NewAlert.of(AlertKind.CRISIS, "Hostage situation in Jakarta",
                Recipients.role("PNG", Role.CRISIS_CONTACT)));

        clock.advance(Duration.ofMinutes(14));
        escalation.escalateOverdue();
        assertThat(alerts.inbox(supervisor, Alerts.InboxFilter.ALL, 0, 10).entries())
                .noneMatch(e -> e.alert().id().equals(id));

        clock.advance(Duration.ofMinutes(2));
        escalation.escalateOverdue();
        assertThat(alerts.inbox(supervisor, Alerts.InboxFilter.ALL, 0, 10).entries())
                .anyMatch(e -> e.alert().id().equals(id) && e.escalation());
        assertThat(alerts.inbox(duty, Alerts.InboxFilter.ALL, 0, 10).entries())
                .anyMatch(e -> e.alert().id().equals(id) && e.escalation());
        assertThat(alerts.acknowledgements(id)).singleElement()
                .satisfies(m -> assertThat(m.escalated()).isTrue());
        assertThat(alerts.receipts(sender, id)).extracting(Receipt::username)
                .contains(contact.username(), supervisor.username(), duty.username());

        clock.advance(Duration.ofHours(1));
        int before = alerts.receipts(sender, id).size();
        escalation.escalateOverdue();
        assertThat(alerts.receipts(sender, id)).hasSize(before);

        // the supervisor reached by the escalation acknowledges for the member; the duty officer is no member of it
        alerts.acknowledge(supervisor, id, "PAGE");
        assertThat(alerts.acknowledgements(id)).singleElement().satisfies(m -> {
            assertThat(m.memberCode()).isEqualTo("PNG");
            assertThat(m.acknowledgedBy()).isEqualTo(supervisor.displayName());
            assertThat(m.recipients()).isEqualTo(1);
        });
    }

    @Test
    void anAcknowledgementInTimeStopsTheEscalation() {
        EadsUser sender = TestUsers.create(users, "VNM", Role.OFFICER);
        EadsUser contact = TestUsers.create(users, "NZL", Role.OFFICER, Role.CRISIS_CONTACT);
        UUID id = alerts.send(Sender.of(sender), NewAlert.of(AlertKind.CRISIS, "Cyber attack on the power grid",
                Recipients.role("NZL", Role.CRISIS_CONTACT)));
        clock.advance(Duration.ofMinutes(10));
        alerts.acknowledge(contact, id, "API");
        clock.advance(Duration.ofMinutes(10));
        escalation.escalateOverdue();
        assertThat(alerts.acknowledgements(id)).singleElement().satisfies(m -> {
            assertThat(m.escalated()).isFalse();
            assertThat(m.acknowledgedBy()).isEqualTo(contact.displayName());
        });
    }

    @Test
    void aNotificationWithoutSubjectOrRecipientsIsRefused() {
        EadsUser sender = TestUsers.create(users, "MYS", Role.OFFICER);
        assertThatThrownBy(() -> alerts.send(Sender.of(sender), NewAlert.of(AlertKind.DVI, " ",
                new Recipients(Set.of(), Set.of(), Set.of()))))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("subject").hasMessageContaining("recipients");
    }
}
