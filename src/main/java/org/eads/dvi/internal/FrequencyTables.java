package org.eads.dvi.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eads.dvi.internal.dna.AlleleFrequencies;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The STR allele frequency tables, kept in the database as data: the shipped ones are loaded on the first start,
 * others are loaded from text in the same format. An operation chooses its table.
 */
@Service
public class FrequencyTables {

    /** The tables shipped with e-ADS: name, resource, minimum allele frequency, source. */
    private static final List<String[]> SHIPPED = List.<String[]>of(new String[] {"East Asia 2023",
            "/dvi/frequencies/east-asia-2023.txt", "0.001",
            "Department of Forensic Sciences, Oslo, norSTR package (OstAsiaDB_v2023), MIT licence"});

    /** A table in a list. */
    public record Summary(long id, String name, double minimum, String source, int loci) {
    }

    private final JdbcClient jdbc;
    private final Map<Long, AlleleFrequencies> cache = new ConcurrentHashMap<>();

    FrequencyTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Before the application runners (the demo loader opens an operation with the default table). */
    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void loadShipped() {
        for (String[] t : SHIPPED) {
            if (find(t[0]).isEmpty()) {
                try (Reader in = new InputStreamReader(FrequencyTables.class.getResourceAsStream(t[1]),
                        StandardCharsets.UTF_8)) {
                    load(t[0], Double.parseDouble(t[2]), t[3], in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /**
     * Loads a table from its text.
     *
     * @throws IllegalArgumentException naming the line that is wrong, or when the name is taken
     */
    @Transactional
    public long load(String name, double minimum, String source, Reader text) throws IOException {
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("a frequency table named " + name + " is loaded already");
        }
        AlleleFrequencies table = AlleleFrequencies.read(name, minimum, text);
        long id = jdbc.sql("insert into dvi_frequency_table (name, minimum, source) values (:n, :m, :s) returning id")
                .param("n", name).param("m", minimum).param("s", source).query(Long.class).single();
        for (String locus : table.loci()) {
            for (var a : table.alleles(locus).entrySet()) {
                jdbc.sql("insert into dvi_allele_frequency (table_id, locus, allele, frequency) values (:t, :l, :a, :f)")
                        .param("t", id).param("l", locus).param("a", a.getKey()).param("f", a.getValue()).update();
            }
        }
        return id;
    }

    public Optional<Long> find(String name) {
        return jdbc.sql("select id from dvi_frequency_table where name = :n").param("n", name).query(Long.class)
                .optional();
    }

    public List<Summary> list() {
        return jdbc.sql("""
                select t.id, t.name, t.minimum, t.source, (select count(distinct locus) from dvi_allele_frequency a
                                                            where a.table_id = t.id) as loci
                from dvi_frequency_table t order by t.name
                """).query((rs, i) -> new Summary(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getString(4),
                rs.getInt(5))).list();
    }

    /** A table as the matching engine reads it; tables never change once loaded, so it is kept in memory. */
    public AlleleFrequencies get(long id) {
        return cache.computeIfAbsent(id, this::read);
    }

    private AlleleFrequencies read(long id) {
        var head = jdbc.sql("select name, minimum from dvi_frequency_table where id = :id").param("id", id)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getDouble(2)}).optional()
                .orElseThrow(() -> new IllegalArgumentException("no frequency table " + id));
        Map<String, Map<String, Double>> loci = new LinkedHashMap<>();
        jdbc.sql("select locus, allele, frequency from dvi_allele_frequency where table_id = :id order by locus, allele")
                .param("id", id).query((rs, i) -> {
                    loci.computeIfAbsent(rs.getString(1), l -> new LinkedHashMap<>()).put(rs.getString(2), rs.getDouble(3));
                    return null;
                }).list();
        return new AlleleFrequencies((String) head[0], (Double) head[1], loci);
    }
}
