package org.eads.member;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The members of e-ADS and their agencies. */
@Service
public class Members {

    private final JdbcClient jdbc;

    public Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Member> all() {
        return jdbc.sql("select code, alpha2, name, kind, active from member order by kind, name")
                .query((rs, i) -> new Member(rs.getString("code"), rs.getString("alpha2"), rs.getString("name"),
                        MemberKind.valueOf(rs.getString("kind")), rs.getBoolean("active")))
                .list();
    }

    public Map<String, Member> byCode() {
        return all().stream().collect(Collectors.toMap(Member::code, Function.identity()));
    }

    public Optional<Member> find(String code) {
        return all().stream().filter(m -> m.code().equals(code)).findFirst();
    }

    public Member get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown member: " + code));
    }

    /** The ten ASEANAPOL member countries. */
    public List<Member> countries() {
        return all().stream().filter(m -> m.kind() == MemberKind.MEMBER).toList();
    }

    public List<Agency> agencies() {
        return jdbc.sql("select id, member_code, name, active from agency order by member_code, name")
                .query((rs, i) -> new Agency(rs.getLong("id"), rs.getString("member_code"), rs.getString("name"),
                        rs.getBoolean("active")))
                .list();
    }

    public List<Agency> agenciesOf(String memberCode) {
        return agencies().stream().filter(a -> a.memberCode().equals(memberCode)).toList();
    }

    public Optional<Agency> agency(long id) {
        return agencies().stream().filter(a -> a.id() == id).findFirst();
    }

    @Transactional
    public Member save(Member member) {
        jdbc.sql("""
                insert into member (code, alpha2, name, kind, active) values (:code, :alpha2, :name, :kind, :active)
                on conflict (code) do update set alpha2 = excluded.alpha2, name = excluded.name,
                    kind = excluded.kind, active = excluded.active
                """)
                .param("code", member.code()).param("alpha2", member.alpha2()).param("name", member.name())
                .param("kind", member.kind().name()).param("active", member.active())
                .update();
        return member;
    }

    @Transactional
    public Agency addAgency(String memberCode, String name) {
        long id = jdbc.sql("insert into agency (member_code, name) values (:m, :n) returning id")
                .param("m", memberCode).param("n", name).query(Long.class).single();
        return new Agency(id, memberCode, name, true);
    }
}
