package org.eads.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.EnumField;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.stats.internal.classification.ClassificationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classification of crime statistics: crime areas mapped to the UNODC ICCS, with context tags and the indicators
 * collected, in versions that each start in a reporting year. The Secretariat's statistics focal points maintain it.
 * A change of the mapping applies from a first year on: it rewrites the version starting that year if there is one,
 * or makes a new version copying the one in force then. It can only start after the last year with submitted or
 * accepted data, so the version data was accepted under stays the version in force for its year, and reports on
 * earlier years keep theirs. Indicators (their periodicity) are not versioned.
 */
@Service
public class Classifications {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");
    private static final Pattern ICCS = Pattern.compile("^[0-9]{2,6}$");
    /** How far ahead a new mapping may start. */
    private static final int YEARS_AHEAD = 10;

    private final ClassificationStore store;
    private final AuditLog audit;
    private final Clock clock;

    public Classifications(ClassificationStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** A crime area as the Secretariat adds or maps it, from a first year on, with the reason in {@code note}. */
    public record MappingInput(String code, String name, List<String> iccsCodes, List<String> contextTags,
                               List<String> indicators, Integer firstYear, String note) {
    }

    /** A new indicator. */
    public record IndicatorInput(String code, String name, String unit, String periodicity, List<String> dimensions) {
    }

    /** The version in force for a reporting year, for the module's own work (not audited). */
    public Classification inForce(int year) {
        return store.load(store.inForce(year).orElseThrow(() -> new InvalidRecordException("year",
                "no classification is in force for " + year + ": the first starts in "
                        + store.versions().getFirst().firstYear())));
    }

    /** The number of the version in force for a reporting year. */
    public int versionInForce(int year) {
        return store.inForce(year).map(ClassificationStore.Version::version).orElseThrow(() ->
                new InvalidRecordException("year", "no classification is in force for " + year));
    }

    /** A version by number, for the module's own work (not audited). */
    public Classification version(int version) {
        return store.load(store.version(version).orElseThrow(() -> new InvalidRecordException("version",
                "there is no classification version " + version)));
    }

    /** The first year any classification is in force: no period before it can be reported. */
    public int firstYear() {
        return store.versions().getFirst().firstYear();
    }

    /** The version in force for a year, as a user asks for it; audited. */
    public Classification get(EadsUser user, int year) {
        StatsAccess.requireView(user);
        Classification c = inForce(year);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW,
                "STATS_CLASSIFICATION", Integer.toString(c.version())).withDetails("in force for " + year));
        return c;
    }

    /** Every version, oldest first; audited. */
    public List<Classification> versions(EadsUser user) {
        StatsAccess.requireView(user);
        List<Classification> out = store.versions().stream().map(store::load).toList();
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW,
                "STATS_CLASSIFICATION", null).withDetails("list of " + out.size() + " versions"));
        return out;
    }

    /** Every crime area ever defined, code to name (also those no longer mapped), for labels. */
    public Map<String, String> crimeAreaNames() {
        return store.crimeAreaNames();
    }

    /** Every indicator code with its dimensions: the names the rule language knows. */
    public Map<String, List<String>> indicatorDimensions() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        store.indicators().values().forEach(i -> out.put(i.code(), i.dimensions()));
        return out;
    }

    /** Adds a crime area to the mapping from a first year on. Returns the version that holds the change. */
    @Transactional
    public Classification addCrimeArea(EadsUser user, MappingInput in) {
        requireMaintain(user);
        Problems p = new Problems();
        String code = code(in.code(), "code", p);
        String name = text(in.name(), "name", 200, p);
        if (code != null && store.crimeAreaExists(code)) {
            p.add("code", "crime area " + code + " exists: change its mapping instead");
        }
        CrimeArea area = area(code, name, in, p);
        int firstYear = firstYear(in.firstYear(), p);
        String note = text(in.note(), "note", 500, p);
        p.throwIfAny();
        store.insertCrimeArea(code, name);
        return change(user, firstYear, note, "added crime area " + code, m -> m.put(code, area));
    }

    /** Changes a crime area's ICCS codes, context tags and indicators (and its name) from a first year on. */
    @Transactional
    public Classification changeMapping(EadsUser user, String code, MappingInput in) {
        requireMaintain(user);
        Problems p = new Problems();
        if (!store.crimeAreaExists(code)) {
            throw new StatsCodeNotFoundException("crime area", code);
        }
        String name = in.name() == null || in.name().isBlank() ? store.crimeAreaNames().get(code)
                : text(in.name(), "name", 200, p);
        CrimeArea area = area(code, name, in, p);
        int firstYear = firstYear(in.firstYear(), p);
        String note = text(in.note(), "note", 500, p);
        p.throwIfAny();
        store.renameCrimeArea(code, name);
        return change(user, firstYear, note, "changed the mapping of " + code, m -> m.put(code, area));
    }

    /** Stops collecting a crime area from a first year on (earlier versions keep it). */
    @Transactional
    public Classification stopCollecting(EadsUser user, String code, Integer firstYear, String note) {
        requireMaintain(user);
        Problems p = new Problems();
        int year = firstYear(firstYear, p);
        String why = text(note, "note", 500, p);
        p.throwIfAny();
        if (!store.crimeAreaExists(code)) {
            throw new StatsCodeNotFoundException("crime area", code);
        }
        if (inForce(year).crimeArea(code).isEmpty()) {
            throw new InvalidRecordException("code", "crime area " + code + " is not collected in " + year);
        }
        return change(user, year, why, "stopped collecting " + code, m -> m.remove(code));
    }

    /** Adds an indicator, to be collected where a mapping names it. */
    @Transactional
    public Indicator addIndicator(EadsUser user, IndicatorInput in) {
        requireMaintain(user);
        Problems p = new Problems();
        String code = code(in.code(), "code", p);
        String name = text(in.name(), "name", 200, p);
        String unit = in.unit() == null ? null : in.unit().strip();
        if (unit == null || !Indicator.UNITS.contains(unit)) {
            p.add("unit", "must be one of " + String.join(", ", Indicator.UNITS));
        }
        Periodicity periodicity = periodicity(in.periodicity(), p);
        List<String> dimensions = in.dimensions() == null ? List.of() : in.dimensions().stream()
                .map(d -> d.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        Map<String, List<DimensionValue>> known = store.dimensions();
        for (String d : dimensions) {
            if (!known.containsKey(d)) {
                p.add("dimensions", "'" + d + "' is not a dimension: the dimensions are "
                        + String.join(", ", known.keySet()));
            }
        }
        if (code != null && store.indicators().containsKey(code)) {
            p.add("code", "indicator " + code + " exists");
        }
        p.throwIfAny();
        Indicator indicator = new Indicator(code, name, unit, periodicity, dimensions, 0);
        store.insertIndicator(indicator);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE,
                "STATS_INDICATOR", code).withDetails("added, " + unit + " by " + periodicity));
        return store.indicators().get(code);
    }

    /**
     * Changes how often an indicator is reported. Indicators are not versioned: entry forms and files ask for it in
     * periods of the new kind from now on; values already reported stay with their periods.
     */
    @Transactional
    public Indicator changePeriodicity(EadsUser user, String code, String periodicity) {
        requireMaintain(user);
        Indicator before = store.indicators().get(code);
        if (before == null) {
            throw new StatsCodeNotFoundException("indicator", code);
        }
        Problems p = new Problems();
        Periodicity to = periodicity(periodicity, p);
        p.throwIfAny();
        store.changePeriodicity(code, to);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE,
                "STATS_INDICATOR", code).withDetails("periodicity " + before.periodicity() + " to " + to));
        return store.indicators().get(code);
    }

    /**
     * Applies a change to the mapping from a first year: in the version that starts that year if there is one
     * (no data uses it, since data fixes its year's version), or in a new version copying the one in force.
     */
    private Classification change(EadsUser user, int firstYear, String note, String what,
                                  Consumer<Map<String, CrimeArea>> change) {
        Integer fixed = store.latestYearWithData().orElse(null);
        if (fixed != null && firstYear <= fixed) {
            throw new InvalidRecordException("firstYear", "members have submitted or accepted data for " + fixed
                    + " under the classification in force then: a change can start in " + (fixed + 1)
                    + " at the earliest");
        }
        Classification base = inForce(firstYear);
        Map<String, CrimeArea> mapping = new LinkedHashMap<>();
        base.crimeAreas().forEach(a -> mapping.put(a.code(), a));
        change.accept(mapping);
        if (mapping.isEmpty()) {
            throw new InvalidRecordException("code", "a classification must keep at least one crime area");
        }
        int version;
        if (base.firstYear() == firstYear) {
            version = base.version();
            store.changeNote(version, base.note() + "; " + note);
        } else {
            version = store.nextVersion();
            store.insertVersion(version, firstYear, note, user.username());
        }
        store.replaceMapping(version, mapping.values());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE,
                "STATS_CLASSIFICATION", Integer.toString(version)).withDetails(what + " from " + firstYear + ": "
                + note));
        return version(version);
    }

    private CrimeArea area(String code, String name, MappingInput in, Problems p) {
        List<String> iccs = clean(in.iccsCodes());
        for (String c : iccs) {
            if (!ICCS.matcher(c).matches()) {
                p.add("iccsCodes", "'" + c + "' is not an ICCS code (two to six digits, such as 0204 or 06011)");
            }
        }
        List<String> tags = clean(in.contextTags()).stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
        for (String t : tags) {
            if (!CODE.matcher(t).matches()) {
                p.add("contextTags", "'" + t + "' is not a tag: capitals, digits and _ such as CYBER");
            }
        }
        if (iccs.isEmpty() && tags.isEmpty()) {
            p.add("iccsCodes", "give the ICCS codes the crime area maps to, or a context tag for an area that is "
                    + "only a context (such as MARITIME)");
        }
        List<String> indicators = clean(in.indicators()).stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
        Map<String, Indicator> known = store.indicators();
        if (indicators.isEmpty()) {
            p.add("indicators", "name at least one indicator to collect, such as CASES");
        }
        for (String i : indicators) {
            if (!known.containsKey(i)) {
                p.add("indicators", "'" + i + "' is not an indicator: the indicators are "
                        + String.join(", ", known.keySet()));
            }
        }
        return new CrimeArea(code == null ? "" : code, name == null ? "" : name, 0, iccs, tags, indicators);
    }

    private int firstYear(Integer year, Problems p) {
        int first = firstYear();
        int last = LocalDate.now(clock).getYear() + YEARS_AHEAD;
        if (year == null) {
            p.add("firstYear", "is required: the first reporting year the change applies to");
            return first;
        }
        if (year < first || year > last) {
            p.add("firstYear", "must be from " + first + " to " + last);
        }
        return year;
    }

    private static Periodicity periodicity(String value, Problems p) {
        try {
            Periodicity v = EnumField.parse(Periodicity.class, value, "periodicity");
            if (v == null) {
                p.add("periodicity", "is required: MONTH, QUARTER or YEAR");
            }
            return v == null ? Periodicity.YEAR : v;
        } catch (InvalidRecordException e) {
            p.add("periodicity", "'" + value + "' is not MONTH, QUARTER or YEAR");
            return Periodicity.YEAR;
        }
    }

    private static String code(String value, String field, Problems p) {
        String code = value == null ? null : value.strip().toUpperCase(Locale.ROOT);
        if (code == null || !CODE.matcher(code).matches()) {
            p.add(field, "is required: 2 to 40 capitals, digits and _, starting with a letter (such as ONLINE_SCAMS)");
            return null;
        }
        return code;
    }

    private static String text(String value, String field, int max, Problems p) {
        p.require(value, field);
        p.maxLength(value, field, max);
        return value == null ? null : value.strip();
    }

    private static List<String> clean(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank() && !out.contains(v.strip())) {
                    out.add(v.strip());
                }
            }
        }
        return out;
    }


    private static void requireMaintain(EadsUser user) {
        if (!StatsAccess.mayMaintain(user)) {
            throw new NotAllowedException("Only the Secretariat's statistics focal points maintain the "
                    + "classification");
        }
    }
}
