package org.eads.alerts.internal.web;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.alerts.Alert;
import org.eads.alerts.AlertKind;
import org.eads.alerts.AlertNotFoundException;
import org.eads.alerts.Alerts;
import org.eads.alerts.InboxEntry;
import org.eads.alerts.NewAlert;
import org.eads.alerts.Receipt;
import org.eads.alerts.Recipients;
import org.eads.alerts.Sender;
import org.eads.alerts.Severity;
import org.eads.alerts.internal.LivePush;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@ConditionalOnWebApplication
@RequestMapping(path = "/api/v1/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Alerts", description = """
        Notifications: hits on your member's records, disclosure requests, notices, crises, DVI and CSI alerts. \
        Each has a stable id (a redelivered e-mail or webhook call carries the same one), a severity \
        (ROUTINE, URGENT, CRITICAL) and, when it must be acknowledged, a deadline after which it escalates to the \
        member's supervisors and the Secretariat's duty officer. A notification not addressed to you answers 404.""")
class AlertApi {

    /** The kinds a client may send directly; the others come from their modules (searching, notices, crises). */
    private static final Set<AlertKind> SENDABLE = EnumSet.of(AlertKind.DVI, AlertKind.CSI);

    private final Alerts alerts;
    private final LivePush live;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    AlertApi(Alerts alerts, LivePush live, CurrentUser currentUser, AuditLog audit) {
        this.alerts = alerts;
        this.live = live;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A notification as its recipient has it. */
    record Received(Alert alert, boolean escalation, String readAt, String acknowledgedAt,
                    String memberAcknowledgedBy, boolean awaitingAck) {
        static Received of(InboxEntry e) {
            return new Received(e.alert(), e.escalation(), text(e.readAt()), text(e.acknowledgedAt()),
                    e.memberAcknowledgedBy(), e.awaitingAck());
        }

        private static String text(Object o) {
            return o == null ? null : o.toString();
        }
    }

    record Inbox(List<Received> notifications, int page, boolean more, long unread) {
    }

    @GetMapping
    @Operation(summary = "Your notifications, newest first",
            description = "filter: ALL, UNREAD or AWAITING_ACK (yours to acknowledge and nobody of your member has).")
    Inbox list(@RequestParam(defaultValue = "ALL") Alerts.InboxFilter filter,
               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        EadsUser user = currentUser.get();
        Alerts.InboxPage p = alerts.inbox(user, filter, page, size);
        return new Inbox(p.entries().stream().map(Received::of).toList(), p.page(), p.more(), alerts.unread(user));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One notification addressed to you (marks it read), or sent by your member")
    Object get(@PathVariable UUID id) {
        EadsUser user = currentUser.get();
        try {
            return Received.of(alerts.open(user, id));
        } catch (AlertNotFoundException e) {
            return alerts.sent(user, id);
        }
    }

    @GetMapping("/{id}/receipts")
    @Operation(summary = "Who received a notification your member sent, and who read and acknowledged it")
    Map<String, Object> receipts(@PathVariable UUID id) {
        EadsUser user = currentUser.get();
        List<Receipt> receipts = alerts.receipts(user, id);
        return Map.of("members", alerts.acknowledgements(id), "recipients", receipts);
    }

    @PostMapping("/{id}/ack")
    @Operation(summary = "Acknowledge a notification addressed to you",
            description = "Acknowledging twice changes nothing; the sender sees the acknowledgement at once.")
    Received acknowledge(@PathVariable UUID id) {
        return Received.of(alerts.acknowledge(currentUser.get(), id, "API"));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark a notification addressed to you as read")
    ResponseEntity<Void> read(@PathVariable UUID id) {
        alerts.markRead(currentUser.get(), id);
        return ResponseEntity.noContent().build();
    }

    /** A DVI or CSI notification to send. */
    record Send(AlertKind kind, Severity severity, String subject, String body, List<String> members,
                List<String> roles, Boolean requiresAck, Boolean exercise) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a DVI or CSI notification",
            description = "To whole members (members: [\"THA\", ...]) and/or the holders of a role at them "
                    + "(roles: [\"THA:SUPERVISOR\", ...]). Other kinds come from their own endpoints.")
    ResponseEntity<Alert> send(@RequestBody Send body) {
        EadsUser user = currentUser.get();
        Problems p = new Problems();
        if (body.kind() == null || !SENDABLE.contains(body.kind())) {
            p.add("kind", "must be DVI or CSI; hits, notices and crises come from their own endpoints");
        }
        Recipients to = new Recipients(Set.of(), Set.of(), Set.copyOf(body.members() == null ? List.of() : body.members()));
        List<String> roles = body.roles() == null ? List.of() : body.roles();
        for (int i = 0; i < roles.size(); i++) {
            String[] part = roles.get(i) == null ? new String[0] : roles.get(i).split(":");
            try {
                to = to.and(Recipients.role(part[0], Role.valueOf(part[1])));
            } catch (RuntimeException e) {
                p.add("roles[" + i + "]", "write MEMBER:ROLE, such as THA:SUPERVISOR");
            }
        }
        p.throwIfAny();
        NewAlert alert = NewAlert.of(body.kind(), body.subject(), to).body(body.body())
                .severity(body.severity() == null ? body.kind().defaultSeverity() : body.severity())
                .exercise(Boolean.TRUE.equals(body.exercise()));
        if (body.requiresAck() != null) {
            alert = alert.requiringAck(body.requiresAck());
        }
        UUID id = alerts.send(Sender.of(user), alert);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.ALERT_SEND, "ALERT",
                id.toString()).withDetails(body.kind() + " to " + to.members() + " " + roles));
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + id)).body(alerts.sent(user, id));
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events for machine clients",
            description = "Event 'alert' carries each new notification addressed to you as JSON, 'ack' the id of "
                    + "one you received or your member sent when someone acknowledges it. Reconnect when closed.")
    SseEmitter stream() {
        return live.connect(currentUser.get(), false);
    }
}
