package org.eads.dvi.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of an operation's figures. */
@Repository
public class StatisticsStore {

    private final JdbcClient jdbc;

    StatisticsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many files of the operation there are, and how many hold each kind of data. */
    public record FileCounts(int pm, int pmExamined, int am, int amDirect, int amFamily, int amDental) {
    }

    public FileCounts files(UUID operation) {
        return jdbc.sql("""
                select (select count(*) from dvi_pm_file f where f.operation_id = :o),
                       (select count(*) from dvi_pm_file f where f.operation_id = :o and (f.fingerprints
                            or exists (select 1 from dvi_dna_profile d where d.pm_file_id = f.id)
                            or exists (select 1 from dvi_dental_chart c where c.pm_file_id = f.id))),
                       (select count(*) from dvi_am_file f where f.operation_id = :o),
                       (select count(*) from dvi_am_file f where f.operation_id = :o and exists (select 1
                            from dvi_dna_profile d where d.am_file_id = f.id and d.kind = 'DIRECT_REFERENCE')),
                       (select count(*) from dvi_am_file f where f.operation_id = :o and exists (select 1
                            from dvi_dna_profile d where d.am_file_id = f.id and d.kind = 'FAMILY_REFERENCE')),
                       (select count(*) from dvi_am_file f where f.operation_id = :o and exists (select 1
                            from dvi_dental_chart c where c.am_file_id = f.id))
                """).param("o", operation).query((rs, i) -> new FileCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                rs.getInt(4), rs.getInt(5), rs.getInt(6))).single();
    }

    /** The methods each confirmed identification of the operation relied on. */
    public List<List<String>> confirmedMethods(UUID operation) {
        return jdbc.sql("select methods from dvi_identification where operation_id = :o and status = 'CONFIRMED'")
                .param("o", operation)
                .query((rs, i) -> Arrays.asList((String[]) rs.getArray(1).getArray())).list();
    }
}
