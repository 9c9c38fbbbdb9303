package org.eads.scam;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.scam.internal.CheckCounter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner organisations of the public-private partnership. A member's administrator registers its banks,
 * e-wallets, telcos and platforms, sets what each may check and report and how much, and attaches the API client
 * users (made and given tokens in user administration) that act for it. The Secretariat's administrators manage
 * every member's partners. Changes are audited.
 * <p>
 * The check path asks {@link #forClient} on every call: answers are kept in memory for a few seconds, and a change
 * made on this node is seen at once (other nodes see it within {@link #CACHE_SECONDS} seconds).
 */
@Service
public class ScamPartners {

    public static final int CACHE_SECONDS = 10;
    public static final int DEFAULT_PER_MINUTE = 6_000;
    public static final long DEFAULT_PER_DAY = 1_000_000;

    private static final String COLUMNS = """
            p.id, p.member_code, p.name, p.sector, p.check_kinds, p.signal_kinds, p.per_minute, p.per_day, p.active,
            p.created_at""";

    private record Cached(Optional<Partner> partner, long at) {
    }

    /** A partner's checks of a day, and how many of them were known indicators. */
    public record Usage(LocalDate day, long checks, long known) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CheckCounter counter;
    private final Map<Long, Cached> byClient = new ConcurrentHashMap<>();

    public ScamPartners(JdbcClient jdbc, AuditLog audit, CheckCounter counter) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.counter = counter;
    }

    /** Whether the user manages the partners of this member. */
    public static boolean manages(EadsUser user, String memberCode) {
        return user.has(Role.SECRETARIAT_ADMIN) || user.has(Role.MEMBER_ADMIN) && user.memberCode().equals(memberCode);
    }

    @Transactional
    public Partner register(EadsUser admin, String memberCode, Partner.Input input) {
        if (!manages(admin, memberCode)) {
            throw new NotAllowedException("Only the member's administrators register its partners");
        }
        Partner.Input in = valid(input);
        long id;
        try {
            id = jdbc.sql("""
                    insert into scam_partner (member_code, name, sector, check_kinds, signal_kinds, per_minute, per_day,
                        created_by)
                    values (:member, :name, :sector, :checks, :signals, :perMinute, :perDay, :by) returning id
                    """).param("member", memberCode).param("name", in.name()).param("sector", in.sector().name())
                    .param("checks", names(in.checkKinds())).param("signals", names(in.signalKinds()))
                    .param("perMinute", in.perMinute()).param("perDay", in.perDay()).param("by", admin.id())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidRecordException("name", "this member already has a partner named '" + in.name() + "'");
        }
        audited(admin, id, "registered " + describe(in));
        return find(id).orElseThrow();
    }

    @Transactional
    public Partner update(EadsUser admin, long id, Partner.Input input) {
        Partner partner = managed(admin, id);
        Partner.Input in = valid(input);
        try {
            jdbc.sql("""
                    update scam_partner set name = :name, sector = :sector, check_kinds = :checks,
                        signal_kinds = :signals, per_minute = :perMinute, per_day = :perDay
                    where id = :id
                    """).param("id", id).param("name", in.name()).param("sector", in.sector().name())
                    .param("checks", names(in.checkKinds())).param("signals", names(in.signalKinds()))
                    .param("perMinute", in.perMinute()).param("perDay", in.perDay()).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidRecordException("name", "this member already has a partner named '" + in.name() + "'");
        }
        audited(admin, id, "changed to " + describe(in));
        forget(partner.id());
        return find(id).orElseThrow();
    }

    /** Suspends a partner (its clients are refused at once) or lets it check again. */
    @Transactional
    public Partner setActive(EadsUser admin, long id, boolean active) {
        Partner partner = managed(admin, id);
        jdbc.sql("update scam_partner set active = :a where id = :id").param("a", active).param("id", id).update();
        audited(admin, id, active ? "reactivated" : "suspended");
        forget(partner.id());
        return find(id).orElseThrow();
    }

    /** Lets an API client user of the partner's member act for the partner. */
    @Transactional
    public void attach(EadsUser admin, long id, String username) {
        Partner partner = managed(admin, id);
        record Candidate(long id, String member, boolean machine) {
        }
        Candidate c = jdbc.sql("""
                select id, member_code, roles = array['API_CLIENT']::text[] from app_user where username = :u
                """).param("u", username == null ? "" : username.strip())
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).optional()
                .orElseThrow(() -> new InvalidRecordException("username", "no user '" + username + "'"));
        if (!c.member().equals(partner.memberCode()) || !c.machine()) {
            throw new InvalidRecordException("username", "a partner's client is an API client user (role "
                    + "API_CLIENT only) of " + partner.memberCode());
        }
        int added = jdbc.sql("insert into scam_partner_client (user_id, partner_id) values (:u, :p) "
                        + "on conflict (user_id) do nothing")
                .param("u", c.id()).param("p", id).update();
        if (added == 0) {
            throw new InvalidRecordException("username", "'" + username + "' already acts for a partner");
        }
        audited(admin, id, "client " + username + " attached");
        byClient.remove(c.id());
    }

    @Transactional
    public void detach(EadsUser admin, long id, long userId) {
        managed(admin, id);
        int removed = jdbc.sql("delete from scam_partner_client where user_id = :u and partner_id = :p")
                .param("u", userId).param("p", id).update();
        if (removed > 0) {
            audited(admin, id, "client " + userId + " detached");
        }
        byClient.remove(userId);
    }

    /** The partners the user manages: the own member's, or every member's for the Secretariat. */
    public List<Partner> list(EadsUser user) {
        if (!user.hasAny(Role.MEMBER_ADMIN, Role.SECRETARIAT_ADMIN, Role.SUPERVISOR, Role.ANALYST, Role.AUDITOR)) {
            throw new NotAllowedException("Partners are managed by administrators");
        }
        boolean all = user.has(Role.SECRETARIAT_ADMIN) || user.has(Role.AUDITOR)
                && user.memberKind() == org.eads.member.MemberKind.SECRETARIAT;
        return jdbc.sql("select " + COLUMNS + " from scam_partner p where :all or p.member_code = :member "
                        + "order by p.member_code, p.name")
                .param("all", all).param("member", user.memberCode()).query(ScamPartners::map).list();
    }

    /** A partner the user may see: of the own member, or any for the Secretariat. */
    public Partner get(EadsUser user, long id) {
        return list(user).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new InvalidRecordException("id", "no partner " + id + " of your member"));
    }

    public List<Partner.Client> clients(long partnerId) {
        return jdbc.sql("""
                select u.id, u.username, u.enabled, (select max(t.last_used_at) from api_token t where t.user_id = u.id)
                from scam_partner_client c join app_user u on u.id = c.user_id
                where c.partner_id = :p order by u.username
                """).param("p", partnerId).query((rs, n) -> new Partner.Client(rs.getLong(1), rs.getString(2),
                        rs.getBoolean(3), instant(rs.getTimestamp(4)))).list();
    }

    /** The partner's checks per day since the given day, newest first. */
    public List<Usage> usage(long partnerId, LocalDate from) {
        counter.flush();
        return jdbc.sql("""
                select d.day, sum(d.checks), sum(d.known) from scam_check_daily d
                join scam_partner_client c on c.user_id = d.user_id
                where c.partner_id = :p and d.day >= :from group by d.day order by d.day desc
                """).param("p", partnerId).param("from", from).query((rs, n) -> new Usage(
                        rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3))).list();
    }

    /** The member's API client users that do not act for a partner yet: those that can be attached. */
    public List<String> attachable(String memberCode) {
        return jdbc.sql("""
                select u.username from app_user u
                where u.member_code = :m and u.roles = array['API_CLIENT']::text[] and u.enabled
                  and not exists (select 1 from scam_partner_client c where c.user_id = u.id)
                order by u.username
                """).param("m", memberCode).query(String.class).list();
    }

    /** The partner an API client acts for; empty for officers and for a member's own systems. */
    public Optional<Partner> forClient(long userId) {
        long now = System.nanoTime();
        Cached c = byClient.get(userId);
        if (c != null && now - c.at() < TimeUnit.SECONDS.toNanos(CACHE_SECONDS)) {
            return c.partner();
        }
        Optional<Partner> found = jdbc.sql("select " + COLUMNS
                        + " from scam_partner p join scam_partner_client c on c.partner_id = p.id where c.user_id = :u")
                .param("u", userId).query(ScamPartners::map).optional();
        if (byClient.size() > 10_000) {
            byClient.clear();
        }
        byClient.put(userId, new Cached(found, now));
        return found;
    }

    Optional<Partner> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from scam_partner p where p.id = :id").param("id", id)
                .query(ScamPartners::map).optional();
    }

    private Partner managed(EadsUser admin, long id) {
        Partner partner = find(id).orElseThrow(() -> new InvalidRecordException("id", "no partner " + id));
        if (!manages(admin, partner.memberCode())) {
            throw new NotAllowedException("Only the member's administrators change its partners");
        }
        return partner;
    }

    private void forget(long partnerId) {
        byClient.values().removeIf(c -> c.partner().map(p -> p.id() == partnerId).orElse(false));
    }

    private static Partner.Input valid(Partner.Input in) {
        Problems p = new Problems();
        if (in == null) {
            throw new InvalidRecordException("name", "is required");
        }
        p.require(in.name(), "name");
        p.maxLength(in.name(), "name", 200);
        p.require(in.sector(), "sector");
        if (in.checkKinds() == null || in.checkKinds().isEmpty()) {
            p.add("checkKinds", "choose at least one kind of indicator the partner may check");
        }
        if (in.perMinute() == null || in.perMinute() < 1 || in.perMinute() > 10_000_000) {
            p.add("perMinute", "give the checks a minute, from 1 to 10,000,000");
        }
        if (in.perDay() == null || in.perDay() < 1 || in.perDay() > 10_000_000_000L) {
            p.add("perDay", "give the checks a day, from 1 to 10,000,000,000");
        } else if (in.perMinute() != null && in.perDay() < in.perMinute()) {
            p.add("perDay", "a day allows at least as many checks as a minute");
        }
        p.throwIfAny();
        return new Partner.Input(in.name().strip(), in.sector(), Set.copyOf(in.checkKinds()),
                in.signalKinds() == null ? Set.of() : Set.copyOf(in.signalKinds()), in.perMinute(), in.perDay());
    }

    private void audited(EadsUser admin, long id, String details) {
        audit.record(AuditEvent.ok(admin.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE, "SCAM_PARTNER",
                Long.toString(id)).withDetails(details));
    }

    private static String describe(Partner.Input in) {
        return "'" + in.name() + "' " + in.sector() + ", checks " + new java.util.TreeSet<>(in.checkKinds())
                + ", signals " + new java.util.TreeSet<>(in.signalKinds()) + ", " + in.perMinute() + "/min, "
                + in.perDay() + "/day";
    }

    private static String[] names(Set<IndicatorKind> kinds) {
        return kinds.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static Partner map(ResultSet rs, int row) throws SQLException {
        return new Partner(rs.getLong("id"), rs.getString("member_code"), rs.getString("name"),
                Partner.Sector.valueOf(rs.getString("sector")), kinds(rs.getArray("check_kinds")),
                kinds(rs.getArray("signal_kinds")), rs.getInt("per_minute"), rs.getLong("per_day"),
                rs.getBoolean("active"), instant(rs.getTimestamp("created_at")));
    }

    private static Set<IndicatorKind> kinds(Array array) throws SQLException {
        EnumSet<IndicatorKind> out = EnumSet.noneOf(IndicatorKind.class);
        for (Object o : (Object[]) array.getArray()) {
            out.add(IndicatorKind.valueOf((String) o));
        }
        return out;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
