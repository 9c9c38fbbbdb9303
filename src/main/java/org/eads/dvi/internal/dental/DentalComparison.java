package org.eads.dvi.internal.dental;

import java.util.ArrayList;
import java.util.List;

/**
 * An ante-mortem chart against a post-mortem one, tooth by tooth. Time runs from the AM record to death, so a later
 * filling, crown, root filling or extraction explains a difference; a tooth missing ante-mortem that is present
 * post-mortem, a filling that disappeared, or a crown that became a sound tooth cannot be explained.
 *
 * <ul>
 *   <li>GREEN: the same (a filling with the same surfaces);</li>
 *   <li>AMBER: different but explainable by treatment or growth after the AM record (a deciduous tooth replaced by its
 *   permanent successor, an unerupted tooth erupted, a filling enlarged);</li>
 *   <li>RED: incompatible;</li>
 *   <li>not compared: unknown on either side, or lost post-mortem.</li>
 * </ul>
 * The score adds, for every GREEN tooth that is a feature (not a sound tooth), −log10 of how common that feature is,
 * so that a gold crown or an implant counts more than a common filling, and a filling more for each surface. One RED
 * tooth may be a charting error and is shown for review; two or more exclude.
 */
public final class DentalComparison {

    public enum Verdict { GREEN, AMBER, RED, NOT_COMPARED }

    /** One tooth's comparison and why. */
    public record ToothResult(int place, Tooth am, Tooth pm, Verdict verdict, String reason) {
    }

    /**
     * @param informative teeth compared where either side shows a feature
     * @param score       the weight of the matching features
     */
    public record Result(List<ToothResult> teeth, int compared, int informative, int red, double score) {

        public boolean excluded() {
            return red >= 2;
        }
    }

    /** How common each feature is in an adult mouth, per tooth: working estimates, to be set per population. */
    static final double FILLED_ONE_SURFACE = 0.08;
    static final double EACH_MORE_SURFACE = 0.5;
    static final double CROWN = 0.03;
    static final double ROOT_CANAL = 0.03;
    static final double MISSING = 0.06;
    static final double PONTIC = 0.008;
    static final double IMPLANT = 0.004;
    static final double DENTURE = 0.01;

    private DentalComparison() {
    }

    /** The comparison with the verdict and reason of every place. */
    public static Result compare(DentalChart am, DentalChart pm) {
        return compare(am, pm, true);
    }

    /** The counts and score only, without the per-tooth list: what ranking needs, for many pairs. */
    public static Result summary(DentalChart am, DentalChart pm) {
        return compare(am, pm, false);
    }

    private static Result compare(DentalChart am, DentalChart pm, boolean details) {
        List<ToothResult> out = details ? new ArrayList<>() : List.of();
        int compared = 0;
        int informative = 0;
        int red = 0;
        double score = 0;
        for (int i = 0; i < DentalChart.PLACES; i++) {
            Tooth a = am.atIndex(i);
            Tooth p = pm.atIndex(i);
            Judgement j = judge(a, p);
            if (details) {
                out.add(new ToothResult(DentalChart.place(i), a, p, j.verdict(), j.reason()));
            }
            if (j.verdict() == Verdict.NOT_COMPARED) {
                continue;
            }
            compared++;
            if (a.status().feature() || p.status().feature()) {
                informative++;
            }
            if (j.verdict() == Verdict.RED) {
                red++;
            } else if (j.verdict() == Verdict.GREEN && p.status().feature()) {
                score -= Math.log10(commonness(p));
            }
        }
        return new Result(details ? List.copyOf(out) : List.of(), compared, informative, red, score);
    }

    static double commonness(Tooth t) {
        return switch (t.status()) {
            case FILLED -> FILLED_ONE_SURFACE * Math.pow(EACH_MORE_SURFACE, Math.max(0, t.surfaces().size() - 1));
            case CROWN -> CROWN;
            case ROOT_CANAL -> ROOT_CANAL;
            case MISSING_AM -> MISSING;
            case PONTIC -> PONTIC;
            case IMPLANT -> IMPLANT;
            case DENTURE -> DENTURE;
            default -> 1;
        };
    }

    private record Judgement(Verdict verdict, String reason) {
    }

    private static final Judgement UNKNOWN = new Judgement(Verdict.NOT_COMPARED, "not known on both charts");
    private static final Judgement SUCCESSOR = new Judgement(Verdict.AMBER,
            "the deciduous tooth was replaced by its successor");
    private static final Judgement ENLARGED = new Judgement(Verdict.AMBER, "the filling was enlarged later");
    private static final Judgement SURFACE_LOST = new Judgement(Verdict.RED,
            "surfaces filled ante-mortem are not filled post-mortem");
    private static final Judgement SAME = new Judgement(Verdict.GREEN, "the same");

    private static Judgement judge(Tooth am, Tooth pm) {
        ToothStatus a = am.status();
        ToothStatus p = pm.status();
        if (a == ToothStatus.UNKNOWN || p == ToothStatus.UNKNOWN || p == ToothStatus.MISSING_PM) {
            return UNKNOWN;
        }
        if (am.deciduous() && !pm.deciduous()) {
            return SUCCESSOR;
        }
        if (a == p) {
            if (a == ToothStatus.FILLED && !am.surfaces().equals(pm.surfaces())) {
                return pm.surfaces().containsAll(am.surfaces()) ? ENLARGED : SURFACE_LOST;
            }
            return SAME;
        }
        return CHANGES[a.ordinal()][p.ordinal()];
    }

    /** The judgement of every change of status from the AM record to the PM examination. */
    private static final Judgement[][] CHANGES = new Judgement[ToothStatus.values().length][ToothStatus.values().length];

    static {
        for (ToothStatus a : ToothStatus.values()) {
            for (ToothStatus p : ToothStatus.values()) {
                String why = explains(a, p);
                CHANGES[a.ordinal()][p.ordinal()] = why != null ? new Judgement(Verdict.AMBER, why)
                        : new Judgement(Verdict.RED, a.label() + " ante-mortem cannot become " + p.label());
            }
        }
    }

    /** Why a later state can follow an earlier one, or null when it cannot. */
    private static String explains(ToothStatus am, ToothStatus pm) {
        return switch (am) {
            case UNERUPTED -> "erupted after the record";
            case VIRGIN -> pm != ToothStatus.UNERUPTED ? "treated or lost after the record" : null;
            case FILLED -> pm == ToothStatus.CROWN || pm == ToothStatus.ROOT_CANAL || !pm.natural() && pm != ToothStatus.UNERUPTED
                    ? "treated further or lost after the record" : null;
            case ROOT_CANAL -> pm == ToothStatus.CROWN || !pm.natural() && pm != ToothStatus.UNERUPTED
                    ? "crowned or lost after the record" : null;
            case CROWN -> pm == ToothStatus.ROOT_CANAL || !pm.natural() && pm != ToothStatus.UNERUPTED
                    ? "treated further or lost after the record" : null;
            case MISSING_AM -> pm == ToothStatus.IMPLANT || pm == ToothStatus.PONTIC || pm == ToothStatus.DENTURE
                    ? "the gap was restored after the record" : null;
            case PONTIC, DENTURE -> pm == ToothStatus.MISSING_AM || pm == ToothStatus.IMPLANT
                    ? "the prosthesis was changed or not recovered" : null;
            case IMPLANT -> pm == ToothStatus.MISSING_AM || pm == ToothStatus.PONTIC || pm == ToothStatus.DENTURE
                    ? "the implant failed after the record" : null;
            default -> null;
        };
    }
}
