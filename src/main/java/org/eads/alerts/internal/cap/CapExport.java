package org.eads.alerts.internal.cap;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.eads.alerts.Alert;
import org.eads.alerts.AlertKind;
import org.eads.alerts.AlertNotFoundException;
import org.eads.alerts.MessageType;
import org.eads.alerts.Notice;
import org.eads.alerts.Notices;
import org.eads.alerts.Severity;
import org.eads.alerts.internal.AlertSettings;
import org.eads.alerts.internal.AlertStore;
import org.eads.alerts.internal.notices.NoticeStore;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Any notification as an OASIS CAP 1.2 message, for the people who may see it: its recipients and the users of the
 * member that sent it. The identifier is the notification's id, so a message exported twice is the same message.
 * The mapping is in docs/NOTICES.md.
 */
@Service
public class CapExport {

    /** CAP headlines should stay under 160 characters (CAP 1.2, 3.2.2). */
    static final int HEADLINE = 160;

    private final AlertStore alerts;
    private final NoticeStore notices;
    private final Notices noticeService;
    private final JdbcClient jdbc;
    private final AlertSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    CapExport(AlertStore alerts, NoticeStore notices, Notices noticeService, JdbcClient jdbc, AlertSettings settings,
              AuditLog audit, Clock clock) {
        this.alerts = alerts;
        this.notices = notices;
        this.noticeService = noticeService;
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The notification as CAP XML, for a recipient or a user of the sending member; 404 for anyone else. */
    public byte[] export(EadsUser user, UUID id) {
        boolean mayRead = alerts.entry(user.id(), id).isPresent() || alerts.sentByMemberOf(id, user.memberCode());
        if (!mayRead) {
            throw new AlertNotFoundException(id);
        }
        return exported(user, id);
    }

    /** The latest notification of a notice the user may see (404 otherwise), as CAP XML. */
    public byte[] exportNotice(EadsUser user, UUID noticeId) {
        return exported(user, noticeService.latestAlert(user, noticeId));
    }

    private byte[] exported(EadsUser user, UUID id) {
        Alert a = alerts.find(id).orElseThrow(() -> new AlertNotFoundException(id));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.EXPORT, "ALERT", id.toString())
                .withDetails("CAP 1.2"));
        return CapWriter.write(message(a));
    }

    CapMessage message(Alert a) {
        Optional<Notice> notice = Notices.OBJECT.equals(a.objectType())
                ? notices.find(UUID.fromString(a.objectId()), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), false)
                : Optional.empty();
        Addresses to = addresses(a.id());
        String references = a.references() == null ? null : alerts.find(a.references())
                .map(e -> CapFormat.reference(CapFormat.sender(e.senderMember()), e.id().toString(), e.createdAt()))
                .orElse(null);
        return new CapMessage(a.id().toString(), CapFormat.sender(a.senderMember()), a.createdAt(),
                a.exercise() ? "Exercise" : "Actual", a.messageType().cap(),
                to.restricted() ? "Restricted" : "Private", to.restriction(), to.addresses(),
                notice.filter(n -> a.messageType() == MessageType.CANCEL).map(Notice::cancelReason).orElse(null),
                references, notice.map(n -> "NOTICE-" + n.id()).orElse(null), info(a, notice));
    }

    private CapMessage.Info info(Alert a, Optional<Notice> notice) {
        Map<String, String> parameters = new LinkedHashMap<>();
        notice.ifPresent(n -> {
            parameters.put("EADS:noticeType", n.type().name());
            parameters.put("EADS:noticeColour", n.type().colourName());
        });
        parameters.put("EADS:acknowledgementRequired", Boolean.toString(a.requiresAck()));
        String senderName = a.senderName() == null ? a.senderMember() : a.senderName() + ", " + a.senderMember();
        return new CapMessage.Info(
                notice.map(n -> n.type().capCategory()).orElse(a.kind() == AlertKind.DVI ? "Rescue" : "Security"),
                notice.map(n -> n.type().event()).orElse(a.kind().label()),
                urgency(a),
                a.severity().capSeverity(),
                notice.map(n -> n.type().capCertainty()).orElse(certainty(a.kind())),
                notice.map(Notice::expiresAt).orElse(null),
                senderName,
                a.subject().length() <= HEADLINE ? a.subject() : a.subject().substring(0, HEADLINE - 1) + "…",
                a.body(),
                a.link() == null ? null : settings.baseUrl().replaceAll("/+$", "") + a.link(),
                parameters);
    }

    /** How soon to act: a cancellation asks nothing more; otherwise as urgent as the notification's severity. */
    static String urgency(Alert a) {
        if (a.messageType() == MessageType.CANCEL) {
            return "Past";
        }
        return a.severity() == Severity.CRITICAL ? "Immediate" : a.severity() == Severity.URGENT ? "Expected" : "Future";
    }

    /** How sure the sender is of what it reports: a hit is a possible match; a declared event is observed. */
    static String certainty(AlertKind kind) {
        return switch (kind) {
            case HIT -> "Possible";
            case CRISIS, CRISIS_UPDATE, DVI, CSI -> "Observed";
            default -> "Unknown";
        };
    }

    /**
     * The scope: addressed to whole members or to the holders of a role at a member, the message is Restricted to
     * the users of e-ADS there; addressed only to named users, it is Private to them.
     */
    private record Addresses(boolean restricted, String restriction, String addresses) {
    }

    private Addresses addresses(UUID id) {
        record Row(String member, String role, String username) {
        }
        List<Row> rows = jdbc.sql("""
                select a.member_code, a.role, u.username
                from notification_address a left join app_user u on u.id = a.user_id
                where a.notification_id = :id
                """).param("id", id).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        TreeSet<String> members = new TreeSet<>();
        TreeSet<String> roles = new TreeSet<>();
        TreeSet<String> users = new TreeSet<>();
        for (Row r : rows) {
            if (r.username() != null) {
                users.add(r.username());
            } else if (r.role() != null) {
                roles.add(r.member() + "/" + r.role());
            } else if (r.member() != null) {
                members.add(r.member());
            }
        }
        List<String> all = new ArrayList<>(members);
        all.addAll(roles);
        all.addAll(users);
        if (members.isEmpty() && roles.isEmpty()) {
            return new Addresses(false, null, CapFormat.list(all));
        }
        List<String> parts = new ArrayList<>();
        if (!members.isEmpty()) {
            parts.add("the users of " + String.join(", ", members));
        }
        if (!roles.isEmpty()) {
            parts.add("the holders of " + String.join(", ", roles.stream().map(r -> r.replace("/", "'s ")).toList()));
        }
        if (!users.isEmpty()) {
            parts.add("the named users");
        }
        return new Addresses(true, "e-ADS police information: for " + String.join(", ", parts)
                + " only; no onward distribution", CapFormat.list(all));
    }
}
