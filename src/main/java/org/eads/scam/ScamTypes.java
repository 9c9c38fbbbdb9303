package org.eads.scam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The maintained list of scam types, kept by the Secretariat's administrators. A retired type is refused in new
 * reports; the reports that have it keep it, and the charts still show it. Changes are audited.
 */
@Service
public class ScamTypes {

    /** A type: its code in reports and files, the label people read, whether new reports may use it. */
    public record ScamType(String code, String label, boolean active, long reports) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public ScamTypes(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The types new reports may use, code to label, by label. */
    public Map<String, String> active() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("select code, label from scam_type where active order by label")
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    /** Every type, retired ones too, with the number of reports that have it. */
    public List<ScamType> all() {
        return jdbc.sql("""
                select t.code, t.label, t.active, (select count(*) from scam_report r where r.scam_type = t.code)
                from scam_type t order by t.active desc, t.label
                """).query((rs, n) -> new ScamType(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getLong(4))).list();
    }

    @Transactional
    public void add(EadsUser admin, String code, String label) {
        allowed(admin);
        Problems p = new Problems();
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,39}")) {
            p.add("code", "write capitals, digits and _, such as CHARITY (2 to 40 characters)");
        }
        label(p, label);
        p.throwIfAny();
        try {
            jdbc.sql("insert into scam_type (code, label) values (:c, :l)").param("c", c).param("l", label.strip())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidRecordException("code", "there is a type " + c + " already");
        }
        audited(admin, c, "added: " + label.strip());
    }

    @Transactional
    public void rename(EadsUser admin, String code, String label) {
        allowed(admin);
        Problems p = new Problems();
        label(p, label);
        p.throwIfAny();
        change(admin, code, "update scam_type set label = :v where code = :c", label.strip(),
                "label: " + label.strip());
    }

    /** Retires a type (new reports may not use it) or brings it back. */
    @Transactional
    public void setActive(EadsUser admin, String code, boolean active) {
        allowed(admin);
        change(admin, code, "update scam_type set active = :v where code = :c", active,
                active ? "back in use" : "retired");
    }

    private void change(EadsUser admin, String code, String sql, Object value, String details) {
        if (jdbc.sql(sql).param("v", value).param("c", code).update() == 0) {
            throw new InvalidRecordException("code", "no scam type " + code);
        }
        audited(admin, code, details);
    }

    private static void label(Problems p, String label) {
        p.require(label, "label");
        p.maxLength(label, "label", 100);
    }

    private static void allowed(EadsUser admin) {
        if (!admin.has(Role.SECRETARIAT_ADMIN)) {
            throw new NotAllowedException("The scam types are kept by the Secretariat's administrators");
        }
    }

    private void audited(EadsUser admin, String code, String details) {
        audit.record(AuditEvent.ok(admin.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE, "SCAM_TYPE", code)
                .withDetails(details));
    }
}
