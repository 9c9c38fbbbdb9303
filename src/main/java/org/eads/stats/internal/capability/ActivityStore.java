package org.eads.stats.internal.capability;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eads.stats.CapabilityDimension;
import org.eads.stats.CapacityBuildingActivity;
import org.eads.stats.CapacityBuildingActivity.Kind;
import org.eads.stats.CapacityBuildingActivity.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of capacity-building activities. */
@Repository
public class ActivityStore {

    private static final String SELECT = """
            select t.*, a.name crime_area_name, c.display_name created_name, u.display_name updated_name
            from stats_capability_activity t
            join stats_crime_area a on a.code = t.crime_area
            join app_user c on c.id = t.created_by
            join app_user u on u.id = t.updated_by
            """;
    private static final String ORDER = " order by t.starts_on, t.title, t.id";

    /** An activity's fields, checked. */
    public record Fields(int year, String title, Kind kind, String crimeArea, CapabilityDimension dimension,
                         List<String> members, LocalDate startsOn, LocalDate endsOn,
                         String organiser, Status status, String notes) {
    }

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, Fields f, long userId) {
        jdbc.sql("""
                insert into stats_capability_activity (id, year, title, kind, crime_area, dimension, members, starts_on,
                    ends_on, organiser, status, notes, created_by, updated_by)
                values (:id, :year, :title, :kind, :area, :dimension, :members, :starts, :ends, :organiser, :status,
                    :notes, :user, :user)
                """).param("id", id).params(params(f)).param("user", userId).update();
    }

    public void update(UUID id, Fields f, long userId) {
        jdbc.sql("""
                update stats_capability_activity set year = :year, title = :title, kind = :kind, crime_area = :area,
                    dimension = :dimension, members = :members, starts_on = :starts, ends_on = :ends,
                    organiser = :organiser, status = :status, notes = :notes, updated_by = :user, updated_at = now()
                where id = :id
                """).param("id", id).params(params(f)).param("user", userId).update();
    }

    public Optional<CapacityBuildingActivity> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(ActivityStore::activity).optional();
    }

    /** The activities of a year (or of every year), all of them or those that target one member. */
    public List<CapacityBuildingActivity> list(Integer year, String member) {
        return jdbc.sql(SELECT + " where (cast(:y as int) is null or t.year = :y)"
                        + " and (cast(:m as text) is null or t.members @> array[cast(:m as text)])" + ORDER)
                .param("y", year).param("m", member).query(ActivityStore::activity).list();
    }

    private static Map<String, Object> params(Fields f) {
        Map<String, Object> p = new HashMap<>();
        p.put("year", f.year());
        p.put("title", f.title());
        p.put("kind", f.kind().name());
        p.put("area", f.crimeArea());
        p.put("dimension", f.dimension().name());
        p.put("members", f.members().toArray(String[]::new));
        p.put("starts", f.startsOn());
        p.put("ends", f.endsOn());
        p.put("organiser", f.organiser());
        p.put("status", f.status().name());
        p.put("notes", f.notes());
        return p;
    }

    private static CapacityBuildingActivity activity(ResultSet rs, int row) throws SQLException {
        Array members = rs.getArray("members");
        Date ends = rs.getDate("ends_on");
        return new CapacityBuildingActivity(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getString("title"),
                Kind.valueOf(rs.getString("kind")), rs.getString("crime_area"), rs.getString("crime_area_name"),
                CapabilityDimension.valueOf(rs.getString("dimension")),
                List.copyOf(Arrays.asList((String[]) members.getArray())), rs.getDate("starts_on").toLocalDate(),
                ends == null ? null : ends.toLocalDate(), rs.getString("organiser"),
                Status.valueOf(rs.getString("status")), rs.getString("notes"), rs.getString("created_name"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("updated_name"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
