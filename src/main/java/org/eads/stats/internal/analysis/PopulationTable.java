package org.eads.stats.internal.analysis;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Population by member and year, the denominator of every rate: the World Bank figures shipped in
 * {@code stats/population.csv} are loaded once the application has started, and again harmlessly at every start
 * (a year added to the file is added to the table; rows already there are kept).
 */
@Service
public class PopulationTable {

    static final String RESOURCE = "/stats/population.csv";
    static final String SOURCE = "World Bank, World Development Indicators, SP.POP.TOTL (Population, total), "
            + "as packaged by the datasets/population data package; licence ODC-PDDL-1.0";

    /** A population and the year it is of. */
    public record Population(long people, int year) {
    }

    /** The populations of some members, looked up by year. */
    public static final class Populations {

        private final Map<String, TreeMap<Integer, Long>> byMember;

        Populations(Map<String, TreeMap<Integer, Long>> byMember) {
            this.byMember = byMember;
        }

        /**
         * The member's population in the year; for a year later than the table, the latest year it has (the caller
         * says so); null when the table has nothing for the member up to that year.
         */
        public Population of(String member, int year) {
            TreeMap<Integer, Long> years = byMember.get(member);
            if (years == null) {
                return null;
            }
            var e = years.floorEntry(year);
            if (e == null || (e.getKey() < year && years.higherKey(e.getKey()) != null)) {
                // a gap inside the table is not bridged with another year's figure
                return null;
            }
            return new Population(e.getValue(), e.getKey());
        }
    }

    private final JdbcClient jdbc;

    PopulationTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void loadShipped() {
        try (Reader in = new InputStreamReader(PopulationTable.class.getResourceAsStream(RESOURCE),
                StandardCharsets.UTF_8)) {
            load(in, SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the rows of a file in the World Bank's columns ({@code Country Name,Country Code,Year,Value}) that the
     * table does not hold yet; returns how many were added.
     */
    @Transactional
    public int load(Reader csv, String source) throws IOException {
        List<String> countries = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        List<Long> people = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            String value = r.get("Value").strip();
            if (value.isEmpty()) {
                continue;
            }
            countries.add(r.get("Country Code").strip());
            years.add(Integer.parseInt(r.get("Year").strip()));
            // the World Bank writes some populations with a decimal part
            people.add(Math.round(Double.parseDouble(value)));
        }
        return jdbc.sql("""
                insert into stats_population (country, year, population, source)
                select c, y, p, :source from unnest(cast(:c as text[]), cast(:y as int[]), cast(:p as bigint[])) as u(c, y, p)
                on conflict (country, year) do nothing
                """).param("c", countries.toArray(String[]::new)).param("y", years.toArray(Integer[]::new))
                .param("p", people.toArray(Long[]::new)).param("source", source).update();
    }

    public Populations of(Collection<String> members) {
        Map<String, TreeMap<Integer, Long>> out = new HashMap<>();
        jdbc.sql("select country, year, population from stats_population where country = any(:m)")
                .param("m", members.toArray(String[]::new))
                .query((rs, i) -> out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getInt(2),
                        rs.getLong(3))).list();
        return new Populations(out);
    }

    /** Where the figures come from, as stored beside them. */
    public List<String> sources() {
        return jdbc.sql("select distinct source from stats_population order by source").query(String.class).list();
    }
}
