package org.eads.alerts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.eads.TestUsers;
import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.alerts.Webhooks;
import org.eads.alerts.NewAlert;
import org.eads.alerts.Recipients;
import org.eads.alerts.Sender;
import org.eads.alerts.Severity;
import org.eads.alerts.TestClock;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * E-mail against a real SMTP server (GreenMail) and webhook calls against a real HTTP server, through outages:
 * nothing is lost, nothing is sent twice, and what cannot be delivered ends on the dead-letter list.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025", "eads.alerts.max-attempts=3"})
class AlertDeliveryTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(Instant.parse("2026-05-01T08:00:00Z"));
        }
    }

    @Autowired Alerts alerts;
    @Autowired Users users;
    @Autowired DeliveryWorker worker;
    @Autowired Deliveries deliveries;
    @Autowired Webhooks webhooks;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    /** A member's national system: answers with the statuses queued, then 200; remembers every call. */
    record Call(Map<String, List<String>> headers, String body) {
    }

    private HttpServer server;
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/eads", exchange -> {
            calls.add(new Call(exchange.getRequestHeaders(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/eads";
    }

    private String status(UUID alert, String channel) {
        return jdbc.sql("select status from alert_delivery where notification_id = :id and channel = :channel")
                .param("id", alert).param("channel", channel).query(String.class).single();
    }

    private List<MimeMessage> mailsFor(String address) throws Exception {
        List<MimeMessage> out = new java.util.ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void anEmailWaitsOutAnSmtpOutageAndArrivesOnceWithTheNotificationsId() throws Exception {
        EadsUser sender = TestUsers.create(users, "SGP", Role.OFFICER);
        EadsUser contact = TestUsers.create(users, "KOR", Role.OFFICER, Role.CRISIS_CONTACT);
        UUID id = alerts.send(Sender.of(sender), NewAlert.of(AlertKind.CRISIS, "Explosion at Marina Bay",
                Recipients.role("KOR", Role.CRISIS_CONTACT)));

        mail.stop();
        worker.deliverDue();
        assertThat(status(id, "EMAIL")).isEqualTo("PENDING");
        mail.start();
        worker.deliverDue();
        assertThat(mailsFor(contact.username() + "@example.org")).isEmpty();

        clock.advance(Duration.ofSeconds(31));
        worker.deliverDue();
        worker.deliverDue();
        assertThat(status(id, "EMAIL")).isEqualTo("SENT");
        List<MimeMessage> received = mailsFor(contact.username() + "@example.org");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("[e-ADS CRITICAL] Explosion at Marina Bay");
        assertThat(received.get(0).getMessageID()).isEqualTo("<" + id + "." + contact.id() + "@eads>");
        assertThat((String) received.get(0).getContent()).contains("/alerts/" + id).doesNotContain("Marina Bay\n\nBody");
    }

    @Test
    void aNodeThatDiedWhileSendingLeavesItsDeliveriesToBeSentAgainUnderTheSameId() throws Exception {
        EadsUser sender = TestUsers.create(users, "SGP", Role.OFFICER);
        EadsUser officer = TestUsers.create(users, "JPN", Role.SUPERVISOR);
        UUID id = alerts.send(Sender.of(sender), NewAlert.of(AlertKind.DVI, "DVI team needed", Recipients.role("JPN",
                Role.SUPERVISOR)));
        // claimed by a node that then died before sending
        Instant now = clock.instant();
        assertThat(deliveries.claim(now, now.plus(Duration.ofMinutes(2)), 1000)).isNotEmpty();
        worker.deliverDue();
        assertThat(mailsFor(officer.username() + "@example.org")).isEmpty();
        clock.advance(Duration.ofMinutes(3));
        worker.deliverDue();
        assertThat(mailsFor(officer.username() + "@example.org")).singleElement()
                .satisfies(m -> assertThat(m.getMessageID()).contains(id.toString()));
    }

    @Test
    void routineNotificationsComeByEmailOnlyWhenChosen() throws Exception {
        EadsUser sender = TestUsers.create(users, "SGP", Role.OFFICER);
        EadsUser quiet = TestUsers.create(users, "AUS", Role.SUPERVISOR);
        EadsUser keen = TestUsers.create(users, "AUS", Role.SUPERVISOR);
        alerts.chooseEmail(keen, AlertKind.CRISIS_UPDATE, true);
        alerts.send(Sender.of(sender), NewAlert.of(AlertKind.CRISIS_UPDATE, "Situation report 4",
                Recipients.role("AUS", Role.SUPERVISOR)).severity(Severity.ROUTINE));
        worker.deliverDue();
        assertThat(mailsFor(quiet.username() + "@example.org")).isEmpty();
        assertThat(mailsFor(keen.username() + "@example.org")).hasSize(1);
    }

    @Test
    void webhookCallsAreSignedRetriedAfterAnOutageAndGivenUpToTheDeadLetters() throws Exception {
        EadsUser sender = TestUsers.create(users, "PHL", Role.OFFICER);
        TestUsers.create(users, "GBR", Role.OFFICER, Role.CRISIS_CONTACT);
        String key = webhooks.save("GBR", url(), Severity.URGENT, true, false).orElseThrow();
        UUID id = alerts.send(Sender.of(sender), NewAlert.of(AlertKind.CRISIS, "Ferry hijacked off Mindanao",
                Recipients.role("GBR", Role.CRISIS_CONTACT)));

        answers.add(503);
        worker.deliverDue();
        assertThat(status(id, "WEBHOOK")).isEqualTo("PENDING");
        clock.advance(Duration.ofSeconds(31));
        worker.deliverDue();
        assertThat(status(id, "WEBHOOK")).isEqualTo("SENT");

        List<Call> forThis = calls.stream().filter(c -> c.body().contains(id.toString())).toList();
        assertThat(forThis).hasSize(2);
        for (Call c : forThis) {
            assertThat(c.headers().get("X-eads-notification-id")).containsExactly(id.toString());
            String timestamp = c.headers().get("X-eads-timestamp").get(0);
            String expected = new HmacUtils(HmacAlgorithms.HMAC_SHA_256, key.getBytes(StandardCharsets.UTF_8))
                    .hmacHex(timestamp + "." + c.body());
            assertThat(c.headers().get("X-eads-signature")).containsExactly("sha256=" + expected);
        }
        assertThat(forThis.get(0).body()).contains("\"severity\":\"CRITICAL\"", "Ferry hijacked off Mindanao");

        // a system that stays down: three attempts, then the dead-letter list, from which it can be sent again
        AtomicInteger before = new AtomicInteger(calls.size());
        UUID second = alerts.send(Sender.of(sender), NewAlert.of(AlertKind.CRISIS, "Second device found",
                Recipients.role("GBR", Role.CRISIS_CONTACT)));
        for (int i = 0; i < 3; i++) {
            answers.add(500);
            worker.deliverDue();
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(status(second, "WEBHOOK")).isEqualTo("DEAD");
        assertThat(deliveries.dead("GBR", 50)).anyMatch(d -> d.notificationId().equals(second)
                && d.lastError().contains("HTTP 500") && d.attempts() == 3);
        answers.clear();
        long deadId = deliveries.dead("GBR", 50).stream().filter(d -> d.notificationId().equals(second))
                .findFirst().orElseThrow().id();
        assertThat(deliveries.retry(deadId, "THA", clock.instant())).isFalse();
        assertThat(deliveries.retry(deadId, "GBR", clock.instant())).isTrue();
        worker.deliverDue();
        assertThat(status(second, "WEBHOOK")).isEqualTo("SENT");
        assertThat(calls.size() - before.get()).isEqualTo(4);
    }

    @Test
    void aRoutineNotificationDoesNotReachAWebhookThatTakesUrgentOnesOnly() {
        EadsUser sender = TestUsers.create(users, "PHL", Role.OFFICER);
        TestUsers.create(users, "NZL", Role.SUPERVISOR);
        webhooks.save("NZL", url(), Severity.URGENT, true, false);
        UUID id = alerts.send(Sender.of(sender), NewAlert.of(AlertKind.HIT_MESSAGE, "New message on a hit",
                Recipients.role("NZL", Role.SUPERVISOR)));
        assertThat(jdbc.sql("select count(*) from alert_delivery where notification_id = :id and channel = 'WEBHOOK'")
                .param("id", id).query(Long.class).single()).isZero();
    }
}
