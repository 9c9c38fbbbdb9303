package org.eads.dvi.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.alerts.NewAlert;
import org.eads.alerts.Recipients;
import org.eads.alerts.Sender;
import org.eads.dvi.DviFile;
import org.eads.dvi.MatchingConflict;
import org.eads.dvi.StoredCandidate;
import org.eads.dvi.Operation;
import org.eads.dvi.internal.dna.DirectMatch;
import org.eads.dvi.internal.matching.Assessment;
import org.eads.dvi.internal.matching.Evidence;
import org.eads.dvi.internal.matching.Matcher;
import org.eads.dvi.internal.matching.Sides;
import org.springframework.stereotype.Component;

/**
 * Keeps the bodies' candidate lists: a body's list is its {@value #LIST_SIZE} best candidates that are not excluded.
 * A changed body is ranked again against every missing person; a changed missing person is compared with every body
 * and enters (or leaves) the lists it belongs in. A candidate that becomes strong is announced to the operation's
 * lead member and the member that reported the missing person.
 *
 * <p>The missing persons of an operation are read once and kept, with the version of the operation they were read
 * at ({@code dvi_operation.am_version}, moved by every change to an AM file on any node).
 */
@Component
public class MatchingEngine {

    public static final int LIST_SIZE = 10;

    private record Cached(long version, Matcher matcher) {
    }

    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();
    private final OperationStore operations;
    private final DviFileStore files;
    private final MatchingData data;
    private final CandidateStore candidates;
    private final FrequencyTables tables;
    private final Alerts alerts;

    MatchingEngine(OperationStore operations, DviFileStore files, MatchingData data, CandidateStore candidates,
                   FrequencyTables tables, Alerts alerts) {
        this.operations = operations;
        this.files = files;
        this.data = data;
        this.candidates = candidates;
        this.tables = tables;
        this.alerts = alerts;
    }

    /** The operation's missing persons, ready to compare; read again when one of them changed. */
    public Matcher matcher(Operation o) {
        long version = candidates.amVersion(o.id());
        Cached c = cache.get(o.id());
        if (c == null || c.version() != version) {
            List<Sides.Missing> missing = data.missing(o.id());
            c = new Cached(version, Matcher.of(missing, new Matcher.Settings(tables.get(o.frequencyTableId()),
                    o.theta(), o.mutationRate(), Math.max(o.missingReported(), missing.size()))));
            cache.put(o.id(), c);
        }
        return c.matcher();
    }

    public Operation operation(UUID id) {
        return operations.find(id).orElseThrow();
    }

    /** A body's best candidates, computed in full now (not stored). */
    public List<Matcher.Candidate> rank(DviFile pm, int limit) {
        return matcher(operation(pm.operationId())).rank(data.body(pm),
                candidates.decisionsOfBody(pm.id()), limit);
    }

    /** One body against one missing person, in full. */
    public Matcher.Candidate pair(DviFile pm, DviFile am) {
        Matcher m = matcher(operation(pm.operationId()));
        Evidence.Fingerprints decision = candidates.decisionsOfBody(pm.id()).get(am.id());
        return Matcher.compare(data.body(pm), data.missing(am), m.settings(), decision);
    }

    /**
     * Ranks a body again and stores its list.
     *
     * @param announce tell the members of each newly strong candidate
     * @return the candidates that became strong
     */
    public int matchBody(UUID pmId, boolean announce) {
        Optional<DviFile> found = files.find(DviFile.Kind.PM, pmId);
        if (found.isEmpty()) {
            return 0;
        }
        DviFile pm = found.get();
        Operation o = operation(pm.operationId());
        return store(o, pm.id(), rank(pm, LIST_SIZE), announce);
    }

    /** Stores a body's list ranked elsewhere (a full run); returns the candidates that became strong. */
    public int store(Operation o, UUID pmId, List<Matcher.Candidate> ranked, boolean announce) {
        Set<UUID> strongBefore = candidates.strongOf(pmId);
        candidates.replace(pmId, o.id(), ranked);
        int fresh = 0;
        for (Matcher.Candidate c : ranked) {
            if (c.assessment().status() == Assessment.Status.STRONG && !strongBefore.contains(c.missingId())) {
                fresh++;
                if (announce) {
                    announce(o, c);
                }
            }
        }
        return fresh;
    }

    /** Compares a changed missing person with every body and updates the lists it belongs in. */
    public void matchMissing(UUID amId) {
        Optional<DviFile> found = files.find(DviFile.Kind.AM, amId);
        if (found.isEmpty()) {
            return;
        }
        DviFile am = found.get();
        Operation o = operation(am.operationId());
        Matcher all = matcher(o);
        Sides.Missing missing = data.missing(am);
        Matcher one = Matcher.of(List.of(missing), all.settings());
        List<Sides.Body> bodies = data.bodies(o.id());
        List<Matcher.Candidate> results = one.against(bodies, 0, candidates.decisionsOfMissing(amId));
        Map<UUID, List<CandidateStore.Entry>> lists = candidates.lists(o.id());
        for (int b = 0; b < bodies.size(); b++) {
            Sides.Body body = bodies.get(b);
            Matcher.Candidate c = results.get(b);
            List<CandidateStore.Entry> list = lists.getOrDefault(body.id(), List.of());
            if (list.stream().anyMatch(e -> e.am().equals(amId))) {
                matchBody(body.id(), true);
            } else if (c.assessment().status() != Assessment.Status.EXCLUDED && (list.size() < LIST_SIZE
                    || BEST_FIRST.compare(entry(c), worst(list)) < 0)) {
                Matcher.Candidate full = "kinship screening".equals(c.dnaKind())
                        ? Matcher.compare(body, missing, all.settings(), c.evidence().fingerprints()) : c;
                if (full.assessment().status() == Assessment.Status.EXCLUDED) {
                    continue;
                }
                candidates.put(body.id(), o.id(), full);
                if (list.size() >= LIST_SIZE) {
                    candidates.remove(body.id(), worst(list).am());
                }
                if (full.assessment().status() == Assessment.Status.STRONG) {
                    announce(o, full);
                }
            }
        }
    }

    /** The order of {@link Matcher#BEST_FIRST}, for stored entries. */
    private static final Comparator<CandidateStore.Entry> BEST_FIRST = Comparator
            .comparing((CandidateStore.Entry e) -> Assessment.Status.valueOf(e.status()))
            .thenComparing(e -> -e.log10Posterior());

    private static CandidateStore.Entry entry(Matcher.Candidate c) {
        return new CandidateStore.Entry(c.missingId(), c.assessment().status().name(),
                c.assessment().log10PosteriorOdds());
    }

    private static CandidateStore.Entry worst(List<CandidateStore.Entry> list) {
        return list.stream().max(BEST_FIRST).orElseThrow();
    }

    private void announce(Operation o, Matcher.Candidate c) {
        Set<String> to = new HashSet<>(List.of(o.leadMember()));
        files.find(DviFile.Kind.AM, c.missingId()).ifPresent(am -> to.add(am.memberCode()));
        alerts.send(Sender.system(o.leadMember()), NewAlert.of(AlertKind.DVI, "New strong candidate: body "
                        + c.bodyNumber() + " for missing person " + c.number() + " (" + c.name() + ")",
                        Recipients.members(to))
                .body("Operation " + o.name() + ". Evidence: " + String.join(", ", c.assessment().methods())
                        + ". For the reconciliation team to review and propose.")
                .about("DVI_PM_FILE", c.bodyId().toString(), "/dvi/pm-files/" + c.bodyId()));
    }

    /** Tells the lead member how many strong candidates a full run found. */
    public void announceRun(Operation o, int strong) {
        if (strong == 0) {
            return;
        }
        alerts.send(Sender.system(o.leadMember()), NewAlert.of(AlertKind.DVI, "Matching run of " + o.name()
                        + ": " + strong + " new strong candidates", Recipients.members(new HashSet<>(List.of(o.leadMember()))))
                .body("For the reconciliation team to review and propose.")
                .about("DVI_OPERATION", o.id().toString(), "/dvi/operations/" + o.id()));
    }

    /** Missing persons strong for several bodies, and bodies with DNA samples of different persons. */
    public List<MatchingConflict> conflicts(Operation o) {
        List<MatchingConflict> out = new ArrayList<>();
        Map<UUID, List<StoredCandidate>> strong = new LinkedHashMap<>();
        candidates.strong(o.id()).forEach(c -> strong.computeIfAbsent(c.amFileId(), k -> new ArrayList<>()).add(c));
        strong.forEach((am, list) -> {
            if (list.size() > 1) {
                out.add(new MatchingConflict(MatchingConflict.Kind.SHARED_MISSING_PERSON, "Missing person "
                        + list.getFirst().amNumber() + " (" + list.getFirst().name() + ") is a strong candidate for "
                        + list.size() + " bodies: " + list.stream().map(StoredCandidate::pmNumber).sorted()
                        .collect(Collectors.joining(", ")), list.stream().map(StoredCandidate::pmFileId).toList(),
                        List.of(am)));
            }
        });
        Matcher.Settings settings = matcher(o).settings();
        files.dnaOfOperation(DviFile.Kind.PM, o.id()).forEach((pm, samples) -> {
            for (int i = 0; i < samples.size(); i++) {
                for (int j = i + 1; j < samples.size(); j++) {
                    if (DirectMatch.compare(MatchingData.profile(samples.get(i)), MatchingData.profile(samples.get(j)),
                            settings.table(), settings.theta()).excluded()) {
                        String number = files.find(DviFile.Kind.PM, pm).map(DviFile::number).orElse(pm.toString());
                        out.add(new MatchingConflict(MatchingConflict.Kind.COMMINGLED, "Body " + number
                                + " has DNA samples of different persons (profiles " + samples.get(i).id() + " and "
                                + samples.get(j).id() + "): commingled remains", List.of(pm), List.of()));
                        return;
                    }
                }
            }
        });
        return out;
    }

    List<Sides.Body> bodies(UUID operation) {
        return data.bodies(operation);
    }
}
