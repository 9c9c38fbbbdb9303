package org.eads.scam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.alerts.NewAlert;
import org.eads.alerts.Recipients;
import org.eads.alerts.Sender;
import org.eads.audit.Actor;
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
import org.eads.scam.internal.ScamStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Due process for removing an indicator from the lists. An account holder asks through the public lookup, a bank
 * through its partner client, or an officer enters a request received otherwise; the request gets a reference and
 * goes to one member for review: the officer's or the partner's member, or for the public the country whose lookup
 * they used. That member's analysts and supervisors (or those of a member that reported the indicator) take it for
 * review; a supervisor decides, with a reason. Granting clears the indicator (audited, and the reporting members are
 * told, by {@link ScamIndicators#setStatus}); a refusal is told to them too. One request per indicator is open at a
 * time. Every step is audited.
 */
@Service
public class Delistings {

    private static final String COLUMNS = """
            d.id, d.reference, d.indicator_id, i.kind, i.value, i.status, i.members, d.requester_kind, d.requester_name,
            d.requester_contact, d.grounds, d.received_via, d.member_code, e.username as entered_by, d.state,
            r.username as reviewer, d.decision_reason, d.decided_at, d.created_at
            from scam_delisting d join scam_indicator i on i.id = d.indicator_id
            left join app_user e on e.id = d.entered_by left join app_user r on r.id = d.reviewer""";

    private final JdbcClient jdbc;
    private final ScamStore store;
    private final ScamIndicators indicators;
    private final ScamPartners partners;
    private final PublicLookup lookup;
    private final AuditLog audit;
    private final Alerts alerts;

    public Delistings(JdbcClient jdbc, ScamStore store, ScamIndicators indicators, ScamPartners partners,
                      PublicLookup lookup, AuditLog audit, Alerts alerts) {
        this.jdbc = jdbc;
        this.store = store;
        this.indicators = indicators;
        this.partners = partners;
        this.lookup = lookup;
        this.audit = audit;
        this.alerts = alerts;
    }

    /** A request entered by an officer, or sent by a partner's client (a bank), for an indicator of the registry. */
    @Transactional
    public Delisting submit(EadsUser user, long indicatorId, Delisting.Input input) {
        Optional<Partner> partner = partners.forClient(user.id());
        if (partner.isEmpty() && !user.hasAny(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR)) {
            throw new NotAllowedException("Delisting requests are entered by officers or sent by partners' systems");
        }
        ScamIndicator indicator = listed(indicatorId);
        Delisting.Via via = partner.isPresent() ? Delisting.Via.PARTNER : Delisting.Via.OFFICER;
        String member = partner.map(Partner::memberCode).orElse(user.memberCode());
        long id = insert(indicator, valid(input), via, member, user.id());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE, "SCAM_DELISTING",
                Long.toString(id)).withDetails(via + " request for " + indicator.kind() + " " + indicator.value()));
        return get(id);
    }

    /** As {@link #submit} for a phone number or account written as the caller writes it. */
    @Transactional
    public Delisting submit(EadsUser user, IndicatorKind kind, String value, String country, Delisting.Input input) {
        String normalized = ScamIndicators.canonical(kind, value, country == null || country.isBlank()
                ? user.memberCode() : country, null);
        ScamIndicator indicator = store.indicator(kind, normalized).filter(ScamIndicator::shared)
                .orElseThrow(() -> new InvalidRecordException("value", "this " + kind + " is not listed: there is "
                        + "nothing to remove"));
        return submit(user, indicator.id(), input);
    }

    /**
     * A request from the public page, counted against the address's public allowance like a lookup. The answer is
     * the reference and nothing else.
     *
     * @throws PublicLookup.Refused when the address asked too often, the lookup of that country is off, or the
     *                              number or account is not listed
     */
    @Transactional
    public String submitPublic(String address, IndicatorKind kind, String value, String country,
                               Delisting.Input input) {
        lookup.admit(address);
        PublicLookup.Named named = lookup.named(kind, value, country);
        ScamIndicator indicator = named.indicator().filter(i -> i.status() != IndicatorStatus.CLEARED)
                .orElseThrow(() -> new PublicLookup.Refused("This number or account is not listed: there is "
                        + "nothing to remove"));
        long id = insert(indicator, valid(input), Delisting.Via.PUBLIC, country, null);
        audit.record(AuditEvent.ok(new Actor(null, "public", null, null, address), AuditAction.SCAM_CHANGE,
                "SCAM_DELISTING", Long.toString(id)).withDetails("public request for " + indicator.kind() + " "
                + indicator.value()));
        return get(id).reference();
    }

    /** The reviewer takes the request: the requester's case is being looked at. */
    @Transactional
    public Delisting take(EadsUser reviewer, long id) {
        Delisting d = reviewable(reviewer, id, Role.ANALYST, Role.SUPERVISOR);
        if (d.state() != Delisting.State.SUBMITTED) {
            throw new InvalidRecordException("state", "the request is " + lower(d.state()) + ", not submitted");
        }
        jdbc.sql("update scam_delisting set state = 'UNDER_REVIEW', reviewer = :r where id = :id")
                .param("r", reviewer.id()).param("id", id).update();
        audited(reviewer, id, "taken for review");
        return get(id);
    }

    /** A supervisor's decision, with its reason: granting clears the indicator. */
    @Transactional
    public Delisting decide(EadsUser reviewer, long id, boolean grant, String reason) {
        Delisting d = reviewable(reviewer, id, Role.SUPERVISOR);
        if (!d.state().open()) {
            throw new InvalidRecordException("state", "the request was already " + lower(d.state()));
        }
        Problems p = new Problems();
        p.require(reason, "reason");
        p.maxLength(reason, "reason", 2000);
        p.throwIfAny();
        String why = reason.strip();
        jdbc.sql("""
                update scam_delisting set state = :state, reviewer = :r, decision_reason = :reason, decided_at = now()
                where id = :id
                """).param("state", grant ? "GRANTED" : "REFUSED").param("r", reviewer.id()).param("reason", why)
                .param("id", id).update();
        if (grant) {
            indicators.setStatus(reviewer, d.indicatorId(), IndicatorStatus.CLEARED, "Delisting " + d.reference()
                    + " granted: " + why);
        } else {
            Recipients to = Recipients.role(d.memberCode(), Role.FOCAL_POINT);
            for (String member : d.reportingMembers()) {
                to = to.and(Recipients.role(member, Role.FOCAL_POINT));
            }
            alerts.send(Sender.of(reviewer), NewAlert.of(AlertKind.SCAM, "Delisting refused: " + d.kind()
                            + " stays listed", to).body(d.reference() + ": " + why)
                    .about("SCAM_DELISTING", Long.toString(id), "/scam/delisting/" + id));
        }
        audited(reviewer, id, (grant ? "granted: " : "refused: ") + why);
        return get(id);
    }

    /** Requests the user's member reviews or reported the indicator of (every one for the Secretariat), open first. */
    public List<Delisting> list(EadsUser user, Delisting.State state, int limit) {
        staff(user);
        return jdbc.sql("select " + COLUMNS + """
                 where (:all or d.member_code = :member or :member = any(i.members))
                   and (cast(:state as text) is null or d.state = :state)
                 order by d.state in ('SUBMITTED', 'UNDER_REVIEW') desc, d.created_at desc, d.id desc limit :limit
                """).param("all", user.memberKind() == MemberKind.SECRETARIAT).param("member", user.memberCode())
                .param("state", state == null ? null : state.name()).param("limit", limit)
                .query(Delistings::map).list();
    }

    /** One request, for the staff who may see it. Audited. */
    public Delisting view(EadsUser user, long id) {
        staff(user);
        Delisting d = get(id);
        if (!sees(user, d)) {
            throw new InvalidRecordException("id", "no delisting request " + id + " of your member");
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_VIEW, "SCAM_DELISTING",
                Long.toString(id)));
        return d;
    }

    /** The requests open for the member, for the centre's dashboard. */
    public long open(String memberCode) {
        return jdbc.sql("""
                select count(*) from scam_delisting d join scam_indicator i on i.id = d.indicator_id
                where d.state in ('SUBMITTED', 'UNDER_REVIEW') and (d.member_code = :m or :m = any(i.members))
                """).param("m", memberCode).query(Long.class).single();
    }

    private long insert(ScamIndicator indicator, Delisting.Input in, Delisting.Via via, String member,
                        Long enteredBy) {
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('scam_delisting', 'id'))").query(Long.class)
                .single();
        String reference = "DL-" + Year.now(ZoneOffset.UTC) + "-" + String.format("%06d", id);
        try {
            jdbc.sql("""
                    insert into scam_delisting (id, reference, indicator_id, requester_kind, requester_name,
                        requester_contact, grounds, received_via, member_code, entered_by)
                    values (:id, :ref, :indicator, :kind, :name, :contact, :grounds, :via, :member, :by)
                    """).param("id", id).param("ref", reference).param("indicator", indicator.id())
                    .param("kind", in.requesterKind().name()).param("name", in.requesterName().strip())
                    .param("contact", in.requesterContact().strip()).param("grounds", in.grounds().strip())
                    .param("via", via.name()).param("member", member).param("by", enteredBy).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidRecordException("value", "a request to remove this " + indicator.kind()
                    + " is already being reviewed");
        }
        alerts.send(Sender.system(member), NewAlert.of(AlertKind.SCAM, "A request to be delisted: " + reference,
                        Recipients.role(member, Role.ANALYST))
                .body("A " + lower(in.requesterKind()).replace('_', ' ') + " asks that a " + indicator.kind()
                        + " be removed from the lists.")
                .about("SCAM_DELISTING", Long.toString(id), "/scam/delisting/" + id));
        return id;
    }

    private ScamIndicator listed(long indicatorId) {
        ScamIndicator indicator = store.indicator(indicatorId).filter(ScamIndicator::shared)
                .orElseThrow(() -> new InvalidRecordException("indicatorId", "no shared indicator " + indicatorId));
        if (indicator.status() == IndicatorStatus.CLEARED) {
            throw new InvalidRecordException("indicatorId", "the indicator is already cleared");
        }
        return indicator;
    }

    private static Delisting.Input valid(Delisting.Input in) {
        if (in == null) {
            throw new InvalidRecordException("requesterKind", "is required");
        }
        Problems p = new Problems();
        p.require(in.requesterKind(), "requesterKind");
        p.require(in.requesterName(), "requesterName");
        p.maxLength(in.requesterName(), "requesterName", 200);
        p.require(in.requesterContact(), "requesterContact");
        p.maxLength(in.requesterContact(), "requesterContact", 200);
        if (in.requesterContact() != null && !in.requesterContact().isBlank()
                && !in.requesterContact().contains("@") && in.requesterContact().replaceAll("\\D", "").length() < 6) {
            p.add("requesterContact", "give an e-mail address or a phone number to reach the requester");
        }
        p.require(in.grounds(), "grounds");
        p.maxLength(in.grounds(), "grounds", 4000);
        p.throwIfAny();
        return in;
    }

    /** The request, if the user may review it: staff of the reviewing member, of a reporting member, or Secretariat. */
    private Delisting reviewable(EadsUser user, long id, Role... roles) {
        Delisting d = get(id);
        if (!user.hasAny(roles) || !sees(user, d)) {
            throw new NotAllowedException(roles.length == 1
                    ? "Delisting is decided by a supervisor of " + d.memberCode() + " or of a member that reported it"
                    : "Delisting requests are reviewed by analysts and supervisors of " + d.memberCode()
                    + " or of a member that reported it");
        }
        return d;
    }

    private static boolean sees(EadsUser user, Delisting d) {
        return user.memberKind() == MemberKind.SECRETARIAT || user.memberCode().equals(d.memberCode())
                || d.reportingMembers().contains(user.memberCode());
    }

    private static void staff(EadsUser user) {
        if (user.machine() || !user.hasAny(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR)) {
            throw new NotAllowedException("Delisting requests are for the centres' staff");
        }
    }

    private Delisting get(long id) {
        return jdbc.sql("select " + COLUMNS + " where d.id = :id").param("id", id).query(Delistings::map).optional()
                .orElseThrow(() -> new InvalidRecordException("id", "no delisting request " + id));
    }

    private void audited(EadsUser user, long id, String details) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE, "SCAM_DELISTING",
                Long.toString(id)).withDetails(details));
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static Delisting map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Delisting(rs.getLong("id"), rs.getString("reference"), rs.getLong("indicator_id"),
                IndicatorKind.valueOf(rs.getString("kind")), rs.getString("value"),
                IndicatorStatus.valueOf(rs.getString("status")),
                new LinkedHashSet<>(Arrays.asList((String[]) rs.getArray("members").getArray())),
                Delisting.RequesterKind.valueOf(rs.getString("requester_kind")), rs.getString("requester_name"),
                rs.getString("requester_contact"), rs.getString("grounds"),
                Delisting.Via.valueOf(rs.getString("received_via")), rs.getString("member_code"),
                rs.getString("entered_by"), Delisting.State.valueOf(rs.getString("state")), rs.getString("reviewer"),
                rs.getString("decision_reason"), decided == null ? null : decided.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
