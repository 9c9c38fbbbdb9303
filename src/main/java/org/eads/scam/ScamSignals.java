package org.eads.scam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.alerts.NewAlert;
import org.eads.alerts.Recipients;
import org.eads.alerts.Sender;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.member.MemberKind;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.scam.internal.PartnerLimits;
import org.eads.scam.internal.ScamStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signals from partners: a bank reports a verified mule account, a telco a scam number. The indicator is GREY at
 * once, marked as pending review, so that other banks' checks see it within the second; the partner's member then
 * accepts the signal (the indicator stays GREY, no longer pending) or rejects it (the indicator goes back to the
 * status it had, unless another signal still holds it). A designated (BLACK) or cleared indicator keeps its status:
 * the signal only waits for review. The member's analysts are told when signals start waiting. Audited.
 */
@Service
public class ScamSignals {

    private static final String COLUMNS = """
            s.id, s.indicator_id, i.kind, i.value, s.partner_id, p.name as partner_name, p.member_code, s.category,
            s.reference, s.note, s.previous_status, s.state, r.username as reviewed_by, s.review_reason,
            s.reviewed_at, s.created_at
            from scam_signal s join scam_indicator i on i.id = s.indicator_id join scam_partner p on p.id = s.partner_id
            left join app_user r on r.id = s.reviewed_by""";

    private final JdbcClient jdbc;
    private final ScamStore store;
    private final ScamPartners partners;
    private final PartnerLimits limits;
    private final AuditLog audit;
    private final Alerts alerts;

    public ScamSignals(JdbcClient jdbc, ScamStore store, ScamPartners partners, PartnerLimits limits, AuditLog audit,
                       Alerts alerts) {
        this.jdbc = jdbc;
        this.store = store;
        this.partners = partners;
        this.limits = limits;
        this.audit = audit;
        this.alerts = alerts;
    }

    /**
     * Records a partner's signal; a second signal of the same partner on the same indicator while the first waits
     * for review returns the first.
     */
    @Transactional
    public Signal submit(EadsUser client, Signal.Input input) {
        Partner partner = partners.forClient(client.id()).orElseThrow(() -> new NotAllowedException(
                "Signals come from partners' systems; officers mark an indicator grey on its page"));
        if (!partner.active()) {
            throw new NotAllowedException("Partner '" + partner.name() + "' is suspended");
        }
        Problems p = new Problems();
        if (input == null) {
            throw new InvalidRecordException("kind", "is required");
        }
        p.require(input.kind(), "kind");
        p.require(input.value(), "value");
        p.require(input.category(), "category");
        p.maxLength(input.value(), "value", 2000);
        p.maxLength(input.reference(), "reference", 200);
        p.maxLength(input.note(), "note", 2000);
        p.throwIfAny();
        if (!partner.signalKinds().contains(input.kind())) {
            throw new NotAllowedException("Partner '" + partner.name() + "' may report "
                    + (partner.signalKinds().isEmpty() ? "no indicators" : new java.util.TreeSet<>(
                    partner.signalKinds()).toString()) + ", not " + input.kind());
        }
        String country = input.country() == null || input.country().isBlank() ? partner.memberCode() : input.country();
        String normalized = ScamIndicators.canonical(input.kind(), input.value(), country, null);
        limits.take(partner, 1);
        long indicatorId = store.indicatorId(input.kind(), normalized, input.value().strip());
        IndicatorStatus status = IndicatorStatus.valueOf(jdbc.sql(
                        "select status from scam_indicator where id = :id for update")
                .param("id", indicatorId).query(String.class).single());
        List<Long> open = jdbc.sql("""
                select id from scam_signal where indicator_id = :i and partner_id = :p and state = 'PENDING'
                """).param("i", indicatorId).param("p", partner.id()).query(Long.class).list();
        if (!open.isEmpty()) {
            return get(open.get(0));
        }
        boolean firstWaiting = !jdbc.sql("""
                select exists (select 1 from scam_signal s join scam_partner p on p.id = s.partner_id
                               where s.state = 'PENDING' and p.member_code = :m)
                """).param("m", partner.memberCode()).query(Boolean.class).single();
        if (status == IndicatorStatus.REPORTED) {
            jdbc.sql("""
                    update scam_indicator set status = 'GREY', review_pending = true, status_reason = :reason,
                        status_by = :by, status_at = now() where id = :id
                    """).param("id", indicatorId).param("by", client.id())
                    .param("reason", "Signalled by " + partner.name() + " (" + input.category() + "), pending review")
                    .update();
        }
        long id = jdbc.sql("""
                insert into scam_signal (indicator_id, partner_id, client_user, category, reference, note,
                    previous_status)
                values (:i, :p, :u, :category, :reference, :note, :previous) returning id
                """).param("i", indicatorId).param("p", partner.id()).param("u", client.id())
                .param("category", input.category().name()).param("reference", blankToNull(input.reference()))
                .param("note", blankToNull(input.note())).param("previous", status.name())
                .query(Long.class).single();
        audit.record(AuditEvent.ok(client.actor(CurrentUser.clientAddress()), AuditAction.SCAM_REPORT, "SCAM_SIGNAL",
                Long.toString(id)).withDetails(partner.name() + ": " + input.category() + " " + input.kind() + " "
                + normalized + (status == IndicatorStatus.REPORTED ? ", now GREY pending review" : ", status "
                + status + " kept")));
        if (firstWaiting) {
            alerts.send(Sender.system(partner.memberCode()), NewAlert.of(AlertKind.SCAM,
                            "Partner signals are waiting for review", Recipients.role(partner.memberCode(), Role.ANALYST))
                    .body(partner.name() + " reported a suspected " + input.category() + ". Review the signals: "
                            + "until then the indicators are grey, marked as pending.")
                    .about("SCAM_SIGNAL", Long.toString(id), "/scam/signals"));
        }
        return get(id);
    }

    /** Accepts or rejects a waiting signal; a rejection needs a reason. */
    @Transactional
    public Signal review(EadsUser reviewer, long id, boolean accept, String reason) {
        Signal signal = get(id);
        if (!reviewer.hasAny(Role.SUPERVISOR, Role.ANALYST) || !reviewer.memberCode().equals(signal.memberCode())) {
            throw new NotAllowedException("Signals are reviewed by the analysts and supervisors of "
                    + signal.memberCode());
        }
        if (signal.state() != Signal.State.PENDING) {
            throw new InvalidRecordException("state", "the signal was already " + signal.state().name()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        Problems p = new Problems();
        if (!accept) {
            p.require(reason, "reason");
        }
        p.maxLength(reason, "reason", 2000);
        p.throwIfAny();
        String why = blankToNull(reason);
        jdbc.sql("select id from scam_indicator where id = :id for update").param("id", signal.indicatorId())
                .query(Long.class).single();
        jdbc.sql("""
                update scam_signal set state = :state, reviewed_by = :by, review_reason = :reason, reviewed_at = now()
                where id = :id
                """).param("id", id).param("state", accept ? "ACCEPTED" : "REJECTED").param("by", reviewer.id())
                .param("reason", why).update();
        boolean stillHeld = jdbc.sql("""
                select exists (select 1 from scam_signal where indicator_id = :i and state in ('PENDING', 'ACCEPTED'))
                """).param("i", signal.indicatorId()).query(Boolean.class).single();
        boolean pending = jdbc.sql("select exists (select 1 from scam_signal where indicator_id = :i and "
                        + "state = 'PENDING')").param("i", signal.indicatorId()).query(Boolean.class).single();
        if (accept) {
            jdbc.sql("""
                    update scam_indicator set review_pending = :pending, status_reason = :reason, status_by = :by,
                        status_at = now()
                    where id = :id and status = 'GREY'
                    """).param("id", signal.indicatorId()).param("pending", pending).param("by", reviewer.id())
                    .param("reason", "Verified by " + signal.memberCode() + " on the signal of "
                            + signal.partnerName() + (why == null ? "" : ": " + why)).update();
        } else if (!stillHeld) {
            jdbc.sql("""
                    update scam_indicator set status = :previous, review_pending = false, status_reason = :reason,
                        status_by = :by, status_at = now()
                    where id = :id and status = 'GREY' and review_pending
                    """).param("id", signal.indicatorId()).param("previous", signal.previousStatus().name())
                    .param("by", reviewer.id()).param("reason", "Signal of " + signal.partnerName()
                            + " rejected by " + signal.memberCode() + ": " + why).update();
        } else {
            jdbc.sql("update scam_indicator set review_pending = :pending where id = :id and status = 'GREY'")
                    .param("id", signal.indicatorId()).param("pending", pending).update();
        }
        audit.record(AuditEvent.ok(reviewer.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE,
                "SCAM_SIGNAL", Long.toString(id)).withDetails((accept ? "accepted" : "rejected")
                + (why == null ? "" : ": " + why)));
        return get(id);
    }

    /** Signals of the partners of the user's member (every member's for the Secretariat), waiting ones first. */
    public List<Signal> list(EadsUser user, Signal.State state, int limit) {
        boolean all = user.memberKind() == MemberKind.SECRETARIAT;
        if (!user.hasAny(Role.SUPERVISOR, Role.ANALYST, Role.AUDITOR, Role.MEMBER_ADMIN, Role.SECRETARIAT_ADMIN)) {
            throw new NotAllowedException("Signals are reviewed by analysts and supervisors");
        }
        return jdbc.sql("select " + COLUMNS + """
                 where (:all or p.member_code = :member) and (cast(:state as text) is null or s.state = :state)
                 order by s.state = 'PENDING' desc, s.created_at desc, s.id desc limit :limit
                """).param("all", all).param("member", user.memberCode())
                .param("state", state == null ? null : state.name()).param("limit", limit)
                .query(ScamSignals::map).list();
    }

    /** One signal, for its partner's clients and its member's staff (and the Secretariat). */
    public Signal view(EadsUser user, long id) {
        Signal s = get(id);
        boolean own = partners.forClient(user.id()).map(p -> p.id() == s.partnerId()).orElse(false)
                || user.memberCode().equals(s.memberCode()) && !user.machine()
                || user.memberKind() == MemberKind.SECRETARIAT;
        if (!own) {
            throw new InvalidRecordException("id", "no signal " + id + " of yours");
        }
        return s;
    }

    public long pending(String memberCode) {
        return jdbc.sql("""
                select count(*) from scam_signal s join scam_partner p on p.id = s.partner_id
                where s.state = 'PENDING' and p.member_code = :m
                """).param("m", memberCode).query(Long.class).single();
    }

    private Signal get(long id) {
        return jdbc.sql("select " + COLUMNS + " where s.id = :id").param("id", id).query(ScamSignals::map).optional()
                .orElseThrow(() -> new InvalidRecordException("id", "no signal " + id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Signal map(ResultSet rs, int row) throws SQLException {
        return new Signal(rs.getLong("id"), rs.getLong("indicator_id"), IndicatorKind.valueOf(rs.getString("kind")),
                rs.getString("value"), rs.getLong("partner_id"), rs.getString("partner_name"),
                rs.getString("member_code"), Signal.Category.valueOf(rs.getString("category")),
                rs.getString("reference"), rs.getString("note"),
                IndicatorStatus.valueOf(rs.getString("previous_status")), Signal.State.valueOf(rs.getString("state")),
                rs.getString("reviewed_by"), rs.getString("review_reason"), instant(rs.getTimestamp("reviewed_at")),
                instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
