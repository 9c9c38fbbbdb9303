package org.eads.dvi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eads.dvi.Operation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of DVI operations. */
@Repository
public class OperationStore {

    private static final String SELECT = """
            select o.*, t.name as table_name,
                   coalesce((select array_agg(m.member_code order by m.member_code) from dvi_operation_member m
                             where m.operation_id = o.id), '{}') as members
            from dvi_operation o join dvi_frequency_table t on t.id = o.frequency_table_id
            """;
    /** Whether member :m takes part in operation o (every operation when :all, for the Secretariat). */
    private static final String TAKING_PART = """
             (:all or o.lead_member = :m or exists (select 1 from dvi_operation_member x
                                                    where x.operation_id = o.id and x.member_code = :m))""";
    private static final String NEWEST_FIRST = " order by o.occurred_on desc, o.created_at desc limit 200";

    private final JdbcClient jdbc;

    OperationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, Operation.Input in, String lead, long tableId, double theta, double mutationRate,
                       int missing, Set<String> members, long userId) {
        jdbc.sql("""
                insert into dvi_operation (id, crisis_id, lead_member, name, place, occurred_on, frequency_table_id,
                    theta, mutation_rate, missing_reported, created_by)
                values (:id, :crisis, :lead, :name, :place, :on, :table, :theta, :mu, :missing, :user)
                """).param("id", id).param("crisis", in.crisisId()).param("lead", lead).param("name", in.name().strip())
                .param("place", in.place().strip()).param("on", in.occurredOn()).param("table", tableId)
                .param("theta", theta).param("mu", mutationRate).param("missing", missing).param("user", userId)
                .update();
        for (String m : members) {
            jdbc.sql("insert into dvi_operation_member (operation_id, member_code) values (:id, :m)")
                    .param("id", id).param("m", m).update();
        }
    }

    public Optional<Operation> find(UUID id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(OperationStore::operation).optional();
    }

    /** Operations a member takes part in (every one for the Secretariat), newest first. */
    public List<Operation> of(String member, boolean all) {
        return jdbc.sql(SELECT + " where" + TAKING_PART + NEWEST_FIRST).param("m", member).param("all", all)
                .query(OperationStore::operation).list();
    }

    /** The same, of the operations opened from a crisis. */
    public List<Operation> ofCrisis(UUID crisis, String member, boolean all) {
        return jdbc.sql(SELECT + " where o.crisis_id = :c and" + TAKING_PART + NEWEST_FIRST).param("c", crisis)
                .param("m", member).param("all", all).query(OperationStore::operation).list();
    }


    private static Operation operation(ResultSet rs, int row) throws SQLException {
        Set<String> members = new HashSet<>(Arrays.asList((String[]) rs.getArray("members").getArray()));
        return new Operation(rs.getObject("id", UUID.class), rs.getObject("crisis_id", UUID.class),
                rs.getString("lead_member"), rs.getString("name"), rs.getString("place"),
                rs.getObject("occurred_on", java.time.LocalDate.class), rs.getLong("frequency_table_id"),
                rs.getString("table_name"), rs.getDouble("theta"), rs.getDouble("mutation_rate"),
                rs.getInt("missing_reported"), rs.getString("status"), Set.copyOf(members),
                rs.getTimestamp("created_at").toInstant());
    }
}
