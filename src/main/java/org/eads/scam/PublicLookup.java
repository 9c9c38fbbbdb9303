package org.eads.scam;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eads.audit.Actor;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.member.Member;
import org.eads.member.MemberKind;
import org.eads.member.Members;
import org.eads.records.Identifiers;
import org.eads.records.NotAllowedException;
import org.eads.scam.internal.ScamStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public lookup of one phone number or bank account, for anyone about to pay or call: whether the regional
 * centre has reports of it and its status, nothing more (no members, amounts, dates or cases). Each member decides
 * whether its numbers and accounts can be looked up; lookups are limited per client address and audited.
 */
@Service
public class PublicLookup {

    /** Lookups one address may make in a minute. */
    public static final int PER_MINUTE = 10;

    /** What the public is told. */
    public record Answer(String normalized, int reports, IndicatorStatus status) {
        public boolean known() {
            return status != null;
        }
    }

    /** Why a lookup was not answered. */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private record Window(long minute, int count) {
    }

    private final ScamStore store;
    private final Members members;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public PublicLookup(ScamStore store, Members members, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.store = store;
        this.members = members;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The AMCs whose numbers and accounts can be looked up. */
    public List<Member> countries() {
        Map<String, Boolean> on = settings();
        return members.all().stream().filter(m -> on.getOrDefault(m.code(), false)).toList();
    }

    /** Whether each AMC's numbers and accounts can be looked up (those without a setting can). */
    public Map<String, Boolean> settings() {
        Map<String, Boolean> settings = new TreeMap<>();
        members.all().stream().filter(m -> m.kind() == MemberKind.MEMBER && m.active())
                .forEach(m -> settings.put(m.code(), true));
        record Setting(String member, boolean enabled) {
        }
        jdbc.sql("select member_code, enabled from scam_lookup_setting")
                .query((rs, n) -> new Setting(rs.getString(1), rs.getBoolean(2))).list()
                .forEach(x -> settings.computeIfPresent(x.member(), (k, v) -> x.enabled()));
        return settings;
    }

    /** Switches the public lookup of a member's numbers and accounts: its administrators, or the Secretariat's. */
    @Transactional
    public void enable(EadsUser admin, String memberCode, boolean enabled) {
        if (!admin.has(Role.SECRETARIAT_ADMIN) && !(admin.has(Role.MEMBER_ADMIN)
                && admin.memberCode().equals(memberCode))) {
            throw new NotAllowedException("The public lookup of a member is switched by its administrators");
        }
        jdbc.sql("""
                insert into scam_lookup_setting (member_code, enabled) values (:m, :e)
                on conflict (member_code) do update set enabled = excluded.enabled
                """).param("m", members.get(memberCode).code()).param("e", enabled).update();
        audit.record(AuditEvent.ok(admin.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE,
                "SCAM_LOOKUP_SETTING", memberCode).withDetails(enabled ? "public lookup on" : "public lookup off"));
    }

    public Answer lookup(String address, IndicatorKind kind, String value, String country) {
        admit(address);
        Named named = named(kind, value, country);
        audit.record(AuditEvent.ok(new Actor(null, "public", null, null, address), AuditAction.SCAM_VIEW,
                "SCAM_INDICATOR", named.indicator().map(i -> Long.toString(i.id())).orElse(null))
                .withDetails("public lookup " + kind + " " + named.normalized()));
        return named.indicator().map(i -> new Answer(i.value(), i.reportCount(), i.status()))
                .orElse(new Answer(named.normalized(), 0, null));
    }

    /**
     * Counts one public request from a client address (a lookup, a request to be delisted).
     *
     * @throws Refused beyond {@link #PER_MINUTE} in a minute
     */
    public void admit(String address) {
        long minute = clock.millis() / 60_000;
        Window w = windows.merge(address, new Window(minute, 1),
                (old, one) -> old.minute() == minute ? new Window(minute, old.count() + 1) : one);
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
        }
        if (w.count() > PER_MINUTE) {
            throw new Refused("Too many requests from your address: try again in a minute");
        }
    }

    /** A phone number or account as the public names it, and the registry's shared entry of it, if any. */
    public record Named(String normalized, Optional<ScamIndicator> indicator) {
    }

    /**
     * Reads a phone number or bank account of a country whose lookup is enabled, as the public writes it.
     *
     * @throws Refused when it is another kind, the country's lookup is off, or the value cannot be read
     */
    public Named named(IndicatorKind kind, String value, String country) {
        if (kind != IndicatorKind.PHONE && kind != IndicatorKind.BANK_ACCOUNT) {
            throw new Refused("Look up a phone number or a bank account");
        }
        if (countries().stream().noneMatch(m -> m.code().equals(country))) {
            throw new Refused("Lookups of this country's numbers and accounts are not available");
        }
        Identifiers.Result r = kind.normalize(value, country, null);
        if (r.problem() != null) {
            throw new Refused(r.problem());
        }
        return new Named(r.normalized(), store.indicator(kind, r.normalized()).filter(ScamIndicator::shared));
    }
}
