package org.eads.alerts.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.eads.alerts.Alert;
import org.eads.alerts.Webhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the queued e-mails and webhook calls, many at a time, and settles each: sent, tried again later with a
 * doubling wait, or given up to the dead-letter list after {@code eads.alerts.max-attempts}. Every message carries
 * the notification's id, so a receiver recognises one sent twice (after a node died while sending).
 * <p>
 * A webhook call is a POST of the notification as JSON with the headers {@code X-EADS-Notification-Id},
 * {@code X-EADS-Timestamp} (Unix seconds) and {@code X-EADS-Signature: sha256=<hex>}, the HMAC-SHA256 with the
 * member's key of {@code <timestamp>.<body>}; any 2xx answer is success.
 */
@Component
@ConditionalOnWebApplication
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 200;

    private final Deliveries deliveries;
    private final AlertStore alerts;
    private final Webhooks webhooks;
    private final Mailer mailer;
    private final AlertSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http;
    private final Semaphore parallel = new Semaphore(32);

    DeliveryWorker(Deliveries deliveries, AlertStore alerts, Webhooks webhooks, Mailer mailer, AlertSettings settings,
                   Clock clock, TransactionTemplate tx) {
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.webhooks = webhooks;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
        this.tx = tx;
        this.http = HttpClient.newBuilder().connectTimeout(settings.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${eads.alerts.delivery-interval:PT1S}",
            initialDelayString = "${eads.alerts.delivery-interval:PT1S}")
    void scheduled() {
        try {
            deliverDue();
        } catch (DataAccessException | TransactionException e) {
            // the database is away (a restart, a failover): the next run picks up where this one stopped
            log.warn("Alert delivery paused: {}", e.getMessage());
        }
    }

    /** Makes every delivery due now; returns how many were attempted. */
    public int deliverDue() {
        int total = 0;
        while (true) {
            Instant now = clock.instant();
            List<Deliveries.Due> batch = tx.execute(s -> deliveries.claim(now, now.plus(LEASE), BATCH));
            if (batch == null || batch.isEmpty()) {
                return total;
            }
            Map<UUID, Optional<Alert>> cache = new ConcurrentHashMap<>();
            Map<Deliveries.Due, Future<String>> results = new LinkedHashMap<>();
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Deliveries.Due due : batch) {
                    results.put(due, executor.submit(() -> attempt(due,
                            cache.computeIfAbsent(due.notificationId(), alerts::find))));
                }
            }
            List<Runnable> settle = new ArrayList<>();
            for (var r : results.entrySet()) {
                String error = outcome(r.getValue());
                Deliveries.Due due = r.getKey();
                if (error == null) {
                    settle.add(() -> deliveries.sent(due.id(), clock.instant()));
                } else {
                    int attempts = due.attempts() + 1;
                    Instant retry = attempts >= settings.maxAttempts() ? null
                            : clock.instant().plus(settings.backoff(attempts));
                    log.warn("Delivery {} ({} of notification {}) failed, attempt {}: {}", due.id(), due.channel(),
                            due.notificationId(), attempts, error);
                    settle.add(() -> deliveries.failed(due.id(), error, retry));
                }
            }
            tx.executeWithoutResult(s -> settle.forEach(Runnable::run));
            total += batch.size();
            if (batch.size() < BATCH) {
                return total;
            }
        }
    }

    private static String outcome(Future<String> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Null when delivered; otherwise what went wrong. */
    private String attempt(Deliveries.Due due, Optional<Alert> alert) throws InterruptedException {
        if (alert.isEmpty()) {
            return "the notification no longer exists";
        }
        parallel.acquire();
        try {
            return "EMAIL".equals(due.channel()) ? email(due, alert.get()) : webhook(due, alert.get());
        } finally {
            parallel.release();
        }
    }

    private String email(Deliveries.Due due, Alert a) {
        String to = deliveries.email(due.userId());
        if (to.isBlank()) {
            return "the recipient has no e-mail address";
        }
        if (!mailer.enabled()) {
            return "no mail server is configured (spring.mail.host)";
        }
        try {
            mailer.send(to, subject(a), text(a), "<" + a.id() + "." + due.userId() + "@eads>");
            return null;
        } catch (Exception e) {
            return "mail server: " + e.getMessage();
        }
    }

    private String webhook(Deliveries.Due due, Alert a) {
        Optional<Webhooks.Target> target = webhooks.target(due.memberCode());
        if (target.isEmpty()) {
            return "the member has no enabled webhook";
        }
        String body = json.writeValueAsString(payload(a, due.memberCode()));
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String signature = new HmacUtils(HmacAlgorithms.HMAC_SHA_256, target.get().secret().getBytes(StandardCharsets.UTF_8))
                .hmacHex(timestamp + "." + body);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(target.get().url()))
                    .timeout(settings.webhookTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "e-ADS alerts")
                    .header("X-EADS-Notification-Id", a.id().toString())
                    .header("X-EADS-Timestamp", timestamp)
                    .header("X-EADS-Signature", "sha256=" + signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "the member's system answered HTTP " + response.statusCode();
        } catch (IOException e) {
            return "the member's system could not be reached: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private Map<String, Object> payload(Alert a, String member) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", a.id());
        p.put("member", member);
        p.put("kind", a.kind());
        p.put("severity", a.severity());
        p.put("messageType", a.messageType());
        p.put("references", a.references());
        p.put("exercise", a.exercise());
        p.put("subject", a.subject());
        p.put("body", a.body());
        p.put("senderMember", a.senderMember());
        p.put("createdAt", a.createdAt().toString());
        p.put("requiresAck", a.requiresAck());
        p.put("ackDeadline", a.ackDeadline() == null ? null : a.ackDeadline().toString());
        p.put("url", settings.baseUrl() + "/alerts/" + a.id());
        return p;
    }

    static String subject(Alert a) {
        return (a.exercise() ? "[EXERCISE] " : "") + "[e-ADS " + a.severity() + "] " + a.subject();
    }

    /**
     * The text of an e-mail. E-mail leaves the police network, so it names the notification and links to it but
     * carries none of its details.
     */
    private String text(Alert a) {
        StringBuilder t = new StringBuilder();
        if (a.exercise()) {
            t.append("EXERCISE - EXERCISE - EXERCISE\n\n");
        }
        t.append(a.kind().label()).append(" (").append(a.severity()).append(")\n").append(a.subject()).append("\n\n");
        t.append("From: ").append(a.senderMember());
        if (a.senderName() != null) {
            t.append(", ").append(a.senderName());
        }
        t.append("\nSent: ").append(a.createdAt()).append(" (UTC)\n");
        if (a.requiresAck()) {
            t.append("Acknowledge").append(a.ackDeadline() == null ? "" : " by " + a.ackDeadline() + " (UTC)")
                    .append(": sign in and open the notification.\n");
        }
        t.append("\nOpen in e-ADS: ").append(settings.baseUrl()).append("/alerts/").append(a.id()).append("\n\n");
        t.append("Details are in e-ADS only. Reference: ").append(a.id()).append('\n');
        return t.toString();
    }
}
