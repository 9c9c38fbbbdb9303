package org.eads.scam.internal.campaigns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Recomputes every campaign from the report–indicator graph with a union-find over the reports, keeping the
 * analysts' decisions: reports they placed (pinned) stay in their locked campaigns; a group of other reports that
 * shares a linking indicator with a locked campaign joins it (the one it shares most indicators with); any other group
 * of two or more reports is an automatic campaign, and keeps the id of the old automatic campaign whose reports it
 * overlaps most (each old id goes to one group at most), with its name, notes and compound links; an old campaign
 * that keeps no group hands its notes and compound links to the group that holds most of its reports.
 */
@Component
public class CampaignRebuild {

    private static final int BATCH = 10_000;

    private final CampaignStore store;

    CampaignRebuild(CampaignStore store) {
        this.store = store;
    }

    /** What a rebuild did. */
    public record Outcome(int campaigns, int kept, int created, int removed, int reports) {
    }

    public Outcome run(int cap) {
        store.lockMembership();
        Set<Long> nonLinking = store.nonLinking(cap);
        Map<UUID, Long> pinned = store.pinned();
        Map<UUID, Integer> index = new HashMap<>();
        List<UUID> reports = new ArrayList<>();
        UnionFind uf = new UnionFind();
        // per linking indicator: one free report of it and the locked campaigns it touches
        List<int[]> touches = new ArrayList<>();
        List<Long> touchedCampaigns = new ArrayList<>();

        long[] current = {Long.MIN_VALUE};
        List<Integer> free = new ArrayList<>();
        Set<Long> locked = new HashSet<>();
        Runnable flush = () -> {
            for (int i = 1; i < free.size(); i++) {
                uf.union(free.get(0), free.get(i));
            }
            if (!free.isEmpty()) {
                for (Long c : locked) {
                    touches.add(new int[] {free.get(0)});
                    touchedCampaigns.add(c);
                }
            }
            free.clear();
            locked.clear();
        };
        store.pairs((RowCallbackHandler) rs -> {
            long indicator = rs.getLong(1);
            if (nonLinking.contains(indicator)) {
                return;
            }
            if (indicator != current[0]) {
                flush.run();
                current[0] = indicator;
            }
            UUID report = rs.getObject(2, UUID.class);
            Long campaign = pinned.get(report);
            if (campaign != null) {
                locked.add(campaign);
            } else {
                free.add(index.computeIfAbsent(report, r -> {
                    reports.add(r);
                    return uf.add();
                }));
            }
        });
        flush.run();

        Map<Integer, List<Integer>> components = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            components.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Map<Long, Integer>> lockedScore = new HashMap<>();
        for (int t = 0; t < touches.size(); t++) {
            lockedScore.computeIfAbsent(uf.find(touches.get(t)[0]), k -> new HashMap<>())
                    .merge(touchedCampaigns.get(t), 1, Integer::sum);
        }

        Map<UUID, Long> old = store.automaticMembership();
        Map<Integer, Long> target = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (var e : components.entrySet()) {
            Map<Long, Integer> score = lockedScore.get(e.getKey());
            if (score != null) {
                target.put(e.getKey(), best(score));
            } else if (e.getValue().size() >= 2) {
                Map<Long, Integer> overlap = new HashMap<>();
                for (int i : e.getValue()) {
                    Long was = old.get(reports.get(i));
                    if (was != null) {
                        overlap.merge(was, 1, Integer::sum);
                    }
                }
                overlap.forEach((id, n) -> candidates.add(new Candidate(e.getKey(), id, n)));
                target.putIfAbsent(e.getKey(), null);
            }
        }
        // the largest overlaps choose first, so each old campaign stays with the group that holds most of it
        candidates.sort((a, b) -> a.overlap != b.overlap ? Integer.compare(b.overlap, a.overlap)
                : Long.compare(a.campaign, b.campaign));
        Set<Long> reused = new HashSet<>();
        Set<Integer> matched = new HashSet<>();
        for (Candidate c : candidates) {
            if (!matched.contains(c.component) && reused.add(c.campaign)) {
                matched.add(c.component);
                target.put(c.component, c.campaign);
            }
        }
        int created = 0;
        for (var e : target.entrySet()) {
            if (e.getValue() == null) {
                e.setValue(store.newCampaign(false));
                created++;
            }
        }

        store.clearUnpinned();
        Set<Long> kept = new HashSet<>(target.values());
        List<Long> removed = store.automaticCampaigns().stream().filter(id -> !kept.contains(id)).toList();
        // a dissolved campaign hands its notes and compound links to the campaign that holds most of its reports
        Map<Long, Map<Long, Integer>> successors = new HashMap<>();
        old.forEach((report, was) -> {
            Integer i = index.get(report);
            Long now = i == null ? null : target.get(uf.find(i));
            if (now != null && !now.equals(was)) {
                successors.computeIfAbsent(was, k -> new HashMap<>()).merge(now, 1, Integer::sum);
            }
        });
        for (long gone : removed) {
            Map<Long, Integer> to = successors.get(gone);
            if (to != null) {
                store.absorb(best(to), List.of(gone));
            }
        }
        store.delete(removed);
        UUID[] r = new UUID[BATCH];
        Long[] c = new Long[BATCH];
        int n = 0;
        int placed = 0;
        for (var e : target.entrySet()) {
            for (int i : components.get(e.getKey())) {
                r[n] = reports.get(i);
                c[n] = e.getValue();
                n++;
                placed++;
                if (n == BATCH) {
                    store.assignAll(r, c);
                    n = 0;
                }
            }
        }
        if (n > 0) {
            store.assignAll(Arrays.copyOf(r, n), Arrays.copyOf(c, n));
        }
        store.touchAll(kept);
        return new Outcome(kept.size(), reused.size(), created, removed.size(), placed);
    }

    /** The campaign of the highest score (shared indicators, or reports held); the older on a tie. */
    public static long best(Map<Long, Integer> score) {
        return score.entrySet().stream()
                .max((a, b) -> !a.getValue().equals(b.getValue()) ? Integer.compare(a.getValue(), b.getValue())
                        : Long.compare(b.getKey(), a.getKey()))
                .orElseThrow().getKey();
    }

    private record Candidate(int component, long campaign, int overlap) {
    }

    /** Union-find over report numbers, with path halving and union by size. */
    static final class UnionFind {
        private int[] parent = new int[1024];
        private int[] size = new int[1024];
        private int count;

        int add() {
            if (count == parent.length) {
                parent = Arrays.copyOf(parent, count * 2);
                size = Arrays.copyOf(size, count * 2);
            }
            parent[count] = count;
            size[count] = 1;
            return count++;
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            if (size[ra] < size[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            size[ra] += size[rb];
        }
    }
}
