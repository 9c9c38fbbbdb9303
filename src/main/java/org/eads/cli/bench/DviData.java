package org.eads.cli.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eads.dvi.DnaProfileInput;
import org.eads.dvi.DviFile;
import org.eads.dvi.DviFiles;

/**
 * A generated DVI operation: missing persons with their true STR genotypes drawn from the operation's frequency
 * table, their families (grandparents, parents, siblings, a half sibling, spouse and children, each child getting an
 * allele of each parent with a stepwise mutation at rate 0.002), dental histories, and the bodies of some of them.
 *
 * <ul>
 *   <li>AM files: a direct reference for 25%; family references (one to three relatives) for 60%; 2% of stated
 *   relationships wrong (the relative is typed under another relationship); a full dental record for 60%, taken
 *   some time before death (15% of the teeth treated since show their earlier state).</li>
 *   <li>PM files: bodies of missing persons, plus ones with no AM file; DNA for 75% (a tenth of them partial,
 *   12-19 loci), a dental chart for 80% (teeth lost post-mortem or not examinable: 13%); 1% with the wrong sex
 *   recorded; estimated age ±7 years and stature ±6 cm.</li>
 *   <li>5% of the dental charts (AM and PM) have one tooth charted wrongly.</li>
 * </ul>
 */
final class DviData {

    static final double MUTATION = 0.002;
    private static final String[] STATUSES = {"VIRGIN", "FILLED", "CROWN", "ROOT_CANAL", "MISSING_AM", "PONTIC",
            "IMPLANT"};
    private static final String[] SURFACES = {"M", "O", "D", "B", "L"};
    private static final String[] RELATIONSHIPS = {"FATHER", "MOTHER", "FULL_SIBLING", "FULL_SIBLING", "CHILD",
            "CHILD", "HALF_SIBLING", "GRANDPARENT"};
    private static final int[] RELATIONSHIP_WEIGHTS = {2, 3, 2, 1, 2, 1, 1, 1};

    /** What the benchmark knows and matching does not: who each body is, and what each missing person has. */
    record Truth(Map<String, String> amOfBody, Map<String, Boolean> direct, Map<String, Integer> firstDegree,
                 Map<String, Boolean> misstated, Map<String, Boolean> dentalAm, Map<String, Boolean> dnaPm,
                 Map<String, Boolean> dentalPm, Map<String, Boolean> wrongSex) {
    }

    private final SplittableRandom random;
    private final List<String> loci;
    private final Map<String, String[]> alleles = new LinkedHashMap<>();
    private final Map<String, double[]> cumulative = new LinkedHashMap<>();

    DviData(Map<String, Map<String, Double>> table, List<String> loci, long seed) {
        this.random = new SplittableRandom(seed);
        this.loci = loci;
        for (String locus : loci) {
            Map<String, Double> f = table.get(locus);
            String[] a = f.keySet().stream().sorted(java.util.Comparator.comparing(BigDecimal::new))
                    .toArray(String[]::new);
            double[] c = new double[a.length];
            double sum = 0;
            for (int i = 0; i < a.length; i++) {
                sum += f.get(a[i]);
                c[i] = sum;
            }
            for (int i = 0; i < c.length; i++) {
                c[i] /= sum;
            }
            alleles.put(locus, a);
            cumulative.put(locus, c);
        }
    }

    private record Person(Map<String, String[]> genotype, String sex, int age, int stature,
                          Map<String, Map<String, Object>> teeth) {
    }

    /** The files to load (AM first) and the truth. */
    record Operation(List<DviFiles.Collected> files, Truth truth) {
    }

    Operation generate(int bodies, int unmatchedBodies, int missing) {
        List<DviFiles.Collected> files = new ArrayList<>();
        Truth truth = new Truth(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>());
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            String number = String.format("AM-%05d", i + 1);
            Map<String, String[]> father0 = random();
            Map<String, String[]> grandmother = random();
            Map<String, String[]> grandfather = random();
            Map<String, String[]> father = child(grandfather, grandmother);
            Map<String, String[]> mother = random();
            Map<String, String[]> genotype = child(father, mother);
            Person p = person(genotype);
            persons.add(p);
            List<DnaProfileInput> dna = new ArrayList<>();
            double r = random.nextDouble();
            int firstDegree = 0;
            boolean misstated = false;
            if (r < 0.25) {
                dna.add(new DnaProfileInput("DIRECT_REFERENCE", "toothbrush", null, null, alleles(genotype), null));
            } else if (r < 0.85) {
                Map<String, String[]> spouse = random();
                int relatives = random.nextDouble() < 0.35 ? 1 : random.nextDouble() < 0.6 ? 2 : 3;
                boolean[] taken = new boolean[RELATIONSHIPS.length];
                for (int k = 0; k < relatives; k++) {
                    int slot = pick(taken);
                    taken[slot] = true;
                    String relationship = RELATIONSHIPS[slot];
                    Map<String, String[]> relative = switch (relationship) {
                        case "FATHER" -> father;
                        case "MOTHER" -> mother;
                        case "FULL_SIBLING" -> child(father, mother);
                        case "CHILD" -> child(genotype, spouse);
                        case "HALF_SIBLING" -> child(father, father0);
                        default -> grandfather;
                    };
                    if (!relationship.equals("HALF_SIBLING") && !relationship.equals("GRANDPARENT")) {
                        firstDegree++;
                    }
                    String stated = random.nextDouble() < 0.02 ? other(relationship) : relationship;
                    misstated |= !stated.equals(relationship);
                    dna.add(new DnaProfileInput("FAMILY_REFERENCE", "buccal swab", null, stated, alleles(relative),
                            null));
                }
            }
            boolean dental = random.nextDouble() < 0.6;
            files.add(new DviFiles.Collected(DviFile.Kind.AM, new DviFile.Input(number, p.sex(), p.age(), p.age(),
                    p.stature() - 3, p.stature() + 3, null, null, null, null, null, null, "Missing person " + (i + 1),
                    "THA", null, null), dna, dental ? mischarted(earlier(p.teeth())) : null, null));
            truth.direct().put(number, r < 0.25);
            truth.firstDegree().put(number, firstDegree);
            truth.misstated().put(number, misstated);
            truth.dentalAm().put(number, dental);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            order.add(i);
        }
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        for (int b = 0; b < bodies; b++) {
            String number = String.format("PM-%05d", b + 1);
            boolean matched = b < bodies - unmatchedBodies;
            Person p = matched ? persons.get(order.get(b)) : person(random());
            boolean dna = random.nextDouble() < 0.75;
            boolean dental = random.nextDouble() < 0.8;
            boolean wrongSex = random.nextDouble() < 0.01;
            String sex = wrongSex ? (p.sex().equals("MALE") ? "FEMALE" : "MALE") : p.sex();
            files.add(new DviFiles.Collected(DviFile.Kind.PM, new DviFile.Input(number, sex, Math.max(0, p.age() - 7),
                    p.age() + 7, p.stature() - 6, p.stature() + 6, null, null, null, null, "Coast", null, null, null,
                    null, null),
                    dna ? List.of(new DnaProfileInput("PM_SAMPLE", "femur", null, null, partial(alleles(p.genotype())),
                            null)) : List.of(),
                    dental ? mischarted(postMortem(p.teeth())) : null, null));
            truth.amOfBody().put(number, matched ? String.format("AM-%05d", order.get(b) + 1) : null);
            truth.dnaPm().put(number, dna);
            truth.wrongSex().put(number, wrongSex);
            truth.dentalPm().put(number, dental);
        }
        return new Operation(files, truth);
    }

    private int pick(boolean[] taken) {
        int total = 0;
        for (int i = 0; i < RELATIONSHIPS.length; i++) {
            total += taken[i] ? 0 : RELATIONSHIP_WEIGHTS[i];
        }
        int x = random.nextInt(total);
        for (int i = 0; i < RELATIONSHIPS.length; i++) {
            if (!taken[i]) {
                x -= RELATIONSHIP_WEIGHTS[i];
                if (x < 0) {
                    return i;
                }
            }
        }
        throw new IllegalStateException();
    }

    private String other(String relationship) {
        String r;
        do {
            r = RELATIONSHIPS[random.nextInt(RELATIONSHIPS.length)];
        } while (r.equals(relationship));
        return r;
    }

    private Person person(Map<String, String[]> genotype) {
        int age = 1 + random.nextInt(85);
        int stature = 145 + random.nextInt(41);
        return new Person(genotype, random.nextBoolean() ? "MALE" : "FEMALE", age, stature, teeth());
    }

    private Map<String, String[]> random() {
        Map<String, String[]> g = new LinkedHashMap<>();
        for (String locus : loci) {
            g.put(locus, new String[] {draw(locus), draw(locus)});
        }
        return g;
    }

    private String draw(String locus) {
        double u = random.nextDouble();
        double[] c = cumulative.get(locus);
        for (int i = 0; i < c.length; i++) {
            if (u <= c[i]) {
                return alleles.get(locus)[i];
            }
        }
        return alleles.get(locus)[c.length - 1];
    }

    private Map<String, String[]> child(Map<String, String[]> father, Map<String, String[]> mother) {
        Map<String, String[]> g = new LinkedHashMap<>();
        for (String locus : loci) {
            g.put(locus, new String[] {transmit(father.get(locus)), transmit(mother.get(locus))});
        }
        return g;
    }

    private String transmit(String[] parent) {
        String a = parent[random.nextInt(2)];
        if (random.nextDouble() < MUTATION) {
            BigDecimal stepped = new BigDecimal(a).add(random.nextBoolean() ? BigDecimal.ONE : BigDecimal.ONE.negate());
            return stepped.signum() > 0 ? stepped.stripTrailingZeros().toPlainString() : a;
        }
        return a;
    }

    private static Map<String, List<String>> alleles(Map<String, String[]> genotype) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        genotype.forEach((locus, g) -> out.put(locus, g[0].equals(g[1]) ? List.of(g[0]) : List.of(g[0], g[1])));
        return out;
    }

    /** A tenth of the post-mortem samples are degraded: 12 to 19 loci typed. */
    private Map<String, List<String>> partial(Map<String, List<String>> full) {
        if (random.nextDouble() >= 0.1) {
            return full;
        }
        List<String> keep = new ArrayList<>(full.keySet());
        int typed = 12 + random.nextInt(8);
        while (keep.size() > typed) {
            keep.remove(random.nextInt(keep.size()));
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        keep.forEach(l -> out.put(l, full.get(l)));
        return out;
    }

    /** A dental history at death: fillings, crowns, root fillings, extractions and a few prostheses. */
    private Map<String, Map<String, Object>> teeth() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (int quadrant = 1; quadrant <= 4; quadrant++) {
            for (int tooth = 1; tooth <= 8; tooth++) {
                double u = random.nextDouble();
                String status = u < 0.15 ? "FILLED" : u < 0.18 ? "CROWN" : u < 0.21 ? "ROOT_CANAL" : u < 0.27
                        ? "MISSING_AM" : u < 0.275 ? "PONTIC" : u < 0.28 ? "IMPLANT" : "VIRGIN";
                out.put(Integer.toString(quadrant * 10 + tooth), tooth(status));
            }
        }
        return out;
    }

    private Map<String, Object> tooth(String status) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("status", status);
        if (status.equals("FILLED")) {
            int n = random.nextDouble() < 0.5 ? 1 : random.nextDouble() < 0.6 ? 2 : 3;
            List<String> surfaces = new ArrayList<>(List.of(SURFACES));
            while (surfaces.size() > n) {
                surfaces.remove(random.nextInt(surfaces.size()));
            }
            t.put("surfaces", surfaces);
            t.put("material", random.nextBoolean() ? "AMALGAM" : "COMPOSITE");
        }
        return t;
    }

    /** The record a dentist made some years before: 15% of the treatments were not done yet. */
    private Map<String, Map<String, Object>> earlier(Map<String, Map<String, Object>> death) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        death.forEach((number, t) -> {
            String status = (String) t.get("status");
            if (!status.equals("VIRGIN") && random.nextDouble() < 0.15) {
                String before = switch (status) {
                    case "CROWN", "ROOT_CANAL" -> "FILLED";
                    case "PONTIC", "IMPLANT" -> "MISSING_AM";
                    default -> "VIRGIN";
                };
                Map<String, Object> e = tooth(before);
                out.put(number, e);
            } else {
                out.put(number, t);
            }
        });
        return out;
    }

    /** What the post-mortem examination sees: some teeth lost after death or not examinable. */
    private Map<String, Map<String, Object>> postMortem(Map<String, Map<String, Object>> death) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        death.forEach((number, t) -> {
            double u = random.nextDouble();
            boolean natural = !t.get("status").equals("MISSING_AM");
            out.put(number, u < 0.08 && natural ? Map.of("status", "MISSING_PM") : u < 0.13 ? Map.of("status", "UNKNOWN") : t);
        });
        return out;
    }

    /** One chart in twenty has one tooth charted wrongly. */
    private Map<String, Map<String, Object>> mischarted(Map<String, Map<String, Object>> chart) {
        if (random.nextDouble() >= 0.05) {
            return chart;
        }
        Map<String, Map<String, Object>> out = new LinkedHashMap<>(chart);
        List<String> numbers = new ArrayList<>(chart.keySet());
        String number = numbers.get(random.nextInt(numbers.size()));
        String wrong;
        do {
            wrong = STATUSES[random.nextInt(STATUSES.length)];
        } while (wrong.equals(chart.get(number).get("status")));
        out.put(number, tooth(wrong));
        return out;
    }
}
