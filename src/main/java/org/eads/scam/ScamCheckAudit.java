package org.eads.scam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.member.MemberKind;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.scam.internal.CheckCounter;
import org.eads.scam.internal.CheckLog;
import org.springframework.stereotype.Service;

/**
 * What the auditors see of the checks: the number of checks per client and day, kept for good, and every single check
 * of the last {@value CheckLog#KEEP_DAYS} days, so that they can answer "who checked this account, and when". A
 * member's auditors see their own member's clients; the Secretariat's see every member's. Administrators see the
 * daily figures of the clients they manage. Reading single checks is audited.
 */
@Service
public class ScamCheckAudit {

    public static final int MAX_LINES = 500;

    /** What to look for; blank fields do not filter. */
    public record Query(IndicatorKind kind, String value, String username, LocalDate from, LocalDate to) {
    }

    private final CheckCounter counter;
    private final CheckLog log;
    private final AuditLog audit;
    private final Clock clock;

    public ScamCheckAudit(CheckCounter counter, CheckLog log, AuditLog audit, Clock clock) {
        this.counter = counter;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean mayReadDaily(EadsUser user) {
        return user.hasAny(Role.AUDITOR, Role.MEMBER_ADMIN, Role.SECRETARIAT_ADMIN);
    }

    public static boolean mayReadChecks(EadsUser user) {
        return user.has(Role.AUDITOR);
    }

    /** Checks per client and day since the given day, of the clients the user may see. */
    public List<CheckCounter.Daily> daily(EadsUser user, LocalDate from) {
        if (!mayReadDaily(user)) {
            throw new NotAllowedException("The check figures are for auditors and administrators");
        }
        String member = scope(user);
        return counter.daily(from).stream().filter(d -> member == null || member.equals(d.memberCode())).toList();
    }

    /** Single checks matching the query, newest first, at most {@link #MAX_LINES}. Audited. */
    public List<CheckLog.Line> checks(EadsUser user, Query q) {
        if (!mayReadChecks(user)) {
            throw new NotAllowedException("Single checks are for auditors");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = q.from() == null ? today.minusDays(CheckLog.KEEP_DAYS) : q.from();
        LocalDate to = q.to() == null ? today : q.to();
        if (to.isBefore(from)) {
            throw new InvalidRecordException("to", "the period ends before it starts");
        }
        String kind = null;
        String value = null;
        if (q.value() != null && !q.value().isBlank()) {
            if (q.kind() == null) {
                throw new InvalidRecordException("kind", "give the kind of the indicator");
            }
            kind = q.kind().name();
            value = ScamIndicators.canonical(q.kind(), q.value(), user.memberCode(), null);
        }
        String username = q.username() == null || q.username().isBlank() ? null : q.username().strip();
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<CheckLog.Line> lines = log.find(scope(user), username, kind, value, start, end, MAX_LINES);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.AUDIT_VIEW, "SCAM_CHECK_LOG",
                null).withDetails((kind == null ? "all indicators" : kind + " " + value) + ", client "
                + (username == null ? "any" : username) + ", " + from + " to " + to + ": " + lines.size() + " lines"));
        return lines;
    }

    /** The member whose clients the user sees; null for every member. */
    private static String scope(EadsUser user) {
        return user.memberKind() == MemberKind.SECRETARIAT ? null : user.memberCode();
    }
}
