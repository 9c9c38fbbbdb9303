package org.eads.stats.internal.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.eads.stats.ValidationRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the validation rules. */
@Repository
public class RuleStore {

    private static final String SELECT = "select code, description, crime_area, left_side, operator, right_side, "
            + "severity, active, changed_by, changed_at from stats_validation_rule ";

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ValidationRule> all() {
        return jdbc.sql(SELECT + "order by active desc, severity, code").query(RuleStore::rule).list();
    }

    public List<ValidationRule> active() {
        return jdbc.sql(SELECT + "where active order by severity, code").query(RuleStore::rule).list();
    }

    public Optional<ValidationRule> find(String code) {
        return jdbc.sql(SELECT + "where code = :c").param("c", code).query(RuleStore::rule).optional();
    }

    public void insert(ValidationRule r) {
        jdbc.sql("""
                insert into stats_validation_rule (code, description, crime_area, left_side, operator, right_side,
                    severity, active, changed_by)
                values (:code, :description, :area, :left, :op, :right, :severity, :active, :by)
                """).paramSource(params(r)).update();
    }

    public void update(ValidationRule r) {
        jdbc.sql("""
                update stats_validation_rule set description = :description, crime_area = :area, left_side = :left,
                    operator = :op, right_side = :right, severity = :severity, active = :active, changed_by = :by,
                    changed_at = now()
                where code = :code
                """).paramSource(params(r)).update();
    }

    private static java.util.Map<String, Object> params(ValidationRule r) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("code", r.code());
        m.put("description", r.description());
        m.put("area", r.crimeArea());
        m.put("left", r.leftSide());
        m.put("op", r.operator());
        m.put("right", r.rightSide());
        m.put("severity", r.severity().name());
        m.put("active", r.active());
        m.put("by", r.changedBy());
        return m;
    }

    private static ValidationRule rule(ResultSet rs, int row) throws SQLException {
        return new ValidationRule(rs.getString("code"), rs.getString("description"), rs.getString("crime_area"),
                rs.getString("left_side"), rs.getString("operator"), rs.getString("right_side"),
                ValidationRule.Severity.valueOf(rs.getString("severity")), rs.getBoolean("active"),
                rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
    }
}
