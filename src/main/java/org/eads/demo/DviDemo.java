package org.eads.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eads.dvi.DnaProfileInput;
import org.eads.dvi.DviFile;
import org.eads.dvi.Operation;

/**
 * The demo's DVI operation: a coastal flood in southern Thailand, led by Thailand with Malaysia and Singapore taking
 * part. Eight bodies and twelve missing persons; DNA drawn from the shipped East Asian allele frequencies, so that
 * the matches are real ones: one body by a direct reference, two by their families' references, two by dental charts
 * (one also by DNA). The rest wait for ante-mortem data. Deterministic: the same seed and day give the same plan.
 */
public final class DviDemo {

    public static final String OPERATION = "Coastal flood, Nakhon Si Thammarat";
    /** The twenty loci typed (the expanded CODIS set and the European standard set). */
    static final List<String> LOCI = List.of("D3S1358", "vWA", "D16S539", "CSF1PO", "TPOX", "D8S1179", "D21S11",
            "D18S51", "D2S441", "D19S433", "TH01", "FGA", "D22S1045", "D5S818", "D13S317", "D7S820", "D10S1248",
            "D1S1656", "D12S391", "D2S1338");
    private static final String TABLE = "/dvi/frequencies/east-asia-2023.txt";

    /**
     * @param lead     the member that opens the operation
     * @param bodies   the PM files, each entered by the lead member
     * @param missing  the AM files, each entered by its reporting member
     * @param confirmed the body and missing person the board confirms, with the methods
     * @param proposed  a proposal left for the board
     * @param request   a missing person whose family is asked for reference samples
     */
    public record Plan(String lead, Operation.Input operation, List<File> bodies, List<File> missing, Match confirmed,
                       Match proposed, String request) {
    }

    /** A file as entered, by {@code member}, with its DNA profiles and dental chart (null when none). */
    public record File(String member, DviFile.Input input, List<DnaProfileInput> dna,
                       Map<String, Map<String, Object>> teeth) {
    }

    /** A body that is a missing person, and the methods relied on. */
    public record Match(String body, String missing, List<String> methods) {
    }

    private DviDemo() {
    }

    public static Plan create(long seed, LocalDate today) {
        return new Builder(seed, today).plan();
    }

    /** Two alleles per locus, in order (a homozygote's twice, as a laboratory reports it). */
    private record Person(Map<String, List<String>> loci) {
    }

    private static final class Builder {
        private final Random rng;
        private final Map<String, Map<String, Double>> table = table();
        private final LocalDate occurred;
        private final Instant recovery;

        Builder(long seed, LocalDate today) {
            this.rng = new Random(seed ^ 0x0d71L);
            this.occurred = today.minusDays(12);
            this.recovery = occurred.plusDays(1).atTime(7, 0).toInstant(ZoneOffset.ofHours(7));
        }

        Plan plan() {
            // the missing persons as born to their parents, so that relatives can be typed
            List<Person[]> families = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Person father = founder();
                Person mother = founder();
                families.add(new Person[] {child(father, mother), father, mother, child(father, mother)});
            }
            Person unreported = founder();
            List<File> missing = List.of(
                    am(1, "THA", "Somchai Wongsakul", "THA", "MALE", 41, 168,
                            List.of(direct(families.get(0)[0], "toothbrush")), null),
                    am(2, "THA", "Malee Chaiyaporn", "THA", "FEMALE", 34, 156,
                            List.of(relative(families.get(1)[1], "FATHER"), relative(families.get(1)[2], "MOTHER")),
                            null),
                    am(3, "MYS", "Mohd Hafiz bin Ismail", "MYS", "MALE", 28, 172,
                            List.of(direct(families.get(2)[0], "razor")), chart(Map.of(
                                    "16", filled("AMALGAM", "M", "O"), "36", status("CROWN"), "47", status("MISSING_AM")))),
                    am(4, "THA", "Kanya Srisuk", "THA", "FEMALE", 9, 131,
                            List.of(relative(families.get(3)[2], "MOTHER")), null),
                    am(5, "MYS", "Nur Aisyah binti Ahmad", "MYS", "FEMALE", 26, 158,
                            List.of(relative(families.get(4)[2], "MOTHER"), relative(families.get(4)[3], "FULL_SIBLING")),
                            null),
                    am(6, "THA", "Prasert Boonmee", "THA", "MALE", 67, 163, List.of(),
                            chart(Map.of("11", status("DENTURE"), "21", status("DENTURE"), "36", status("MISSING_AM"),
                                    "46", status("MISSING_AM")))),
                    am(7, "THA", "Wanida Thongdee", "THA", "FEMALE", 45, 154,
                            List.of(direct(families.get(6)[0], "hairbrush")), dentalOf7(false)),
                    am(8, "THA", "Anan Saetang", "THA", "MALE", 52, 170,
                            List.of(relative(families.get(7)[1], "FATHER")), null),
                    am(9, "THA", "Siriporn Kaewmanee", "THA", "FEMALE", 38, 160, List.of(),
                            dentalOf9(false)),
                    am(10, "THA", "Tan Wei Ming", "SGP", "MALE", 31, 175,
                            List.of(direct(families.get(9)[0], "stored blood card")), null),
                    am(11, "THA", "Napat Rattanakul", "THA", "MALE", 19, 171, List.of(), null),
                    am(12, "MYS", "Lim Mei Ling", "MYS", "FEMALE", 55, 152,
                            List.of(), chart(Map.of("26", status("IMPLANT"), "14", filled("COMPOSITE", "O")))));
            List<File> bodies = List.of(
                    pm(1, "MALE", 35, 50, 163, 173, "jeans, white T-shirt", sample(families.get(0)[0], LOCI.size()), null),
                    pm(2, "FEMALE", 28, 40, 150, 160, "floral blouse, gold necklace",
                            sample(families.get(1)[0], LOCI.size()), null),
                    pm(3, "FEMALE", 20, 32, 152, 162, "black headscarf, grey abaya",
                            sample(families.get(4)[0], 16), null),
                    pm(4, "FEMALE", 40, 55, 148, 158, "blue sarong", sample(families.get(6)[0], 15), dentalOf7(true)),
                    pm(5, "FEMALE", 30, 45, 155, 165, "red raincoat", null, dentalOf9(true)),
                    pm(6, "MALE", 25, 40, 165, 178, "fisherman's oilskins", degraded(unreported), chart(Map.of(
                            "16", status("VIRGIN"), "36", status("VIRGIN"), "11", status("CROWN")))),
                    pm(7, "MALE", 16, 24, 166, 176, "football shirt", sample(families.get(10)[0], LOCI.size()), null),
                    new File("THA", new DviFile.Input("PM-008", "UNDETERMINED", null, null, null, null,
                            Map.of("remains", "left forearm and hand"), true, "TH-AFIS-2026-55120",
                            recovery.plusSeconds(5 * 86_400), "Mangrove edge, Tha Sala", "partial remains", null, null,
                            null, null), List.of(), null));
            return new Plan("THA", new Operation.Input(OPERATION, "Pak Phanang and Tha Sala, Nakhon Si Thammarat",
                    occurred, null, null, null, null, 14, Set.of("MYS", "SGP")), bodies, missing,
                    new Match("PM-001", "AM-01", List.of("DNA")), new Match("PM-002", "AM-02", List.of("DNA")),
                    "AM-11");
        }

        private File am(int n, String member, String name, String nationality, String sex, int age, int stature,
                        List<DnaProfileInput> dna, Map<String, Map<String, Object>> teeth) {
            return new File(member, new DviFile.Input("AM-%02d".formatted(n), sex, age, age, stature - 3, stature + 3,
                    Map.of(), false, null, null, null, null, name,
                    nationality, occurred.minusYears(age).minusDays(40L + n * 17L),
                    "Missing since the night of the flood; last seen at home in Pak Phanang"), dna, teeth);
        }

        private File pm(int n, String sex, int ageMin, int ageMax, int statureMin, int statureMax, String clothing,
                        DnaProfileInput dna, Map<String, Map<String, Object>> teeth) {
            return new File("THA", new DviFile.Input("PM-%03d".formatted(n), sex, ageMin, ageMax, statureMin,
                    statureMax, Map.of("clothing", clothing), false, null, recovery.plusSeconds(n * 20_000L),
                    n % 2 == 0 ? "Tha Sala beach" : "Pak Phanang river mouth", "recent death, good condition", null,
                    null, null, null), dna == null ? List.of() : List.of(dna), teeth);
        }

        /** Wanida Thongdee's teeth; after the record a sound molar was filled (explainable). */
        private Map<String, Map<String, Object>> dentalOf7(boolean postMortem) {
            Map<String, Map<String, Object>> t = new TreeMap<>(Map.of("16", filled("AMALGAM", "M", "O"),
                    "17", filled("COMPOSITE", "O"), "26", status("CROWN"), "36", status("ROOT_CANAL"),
                    "46", status("MISSING_AM"), "47", filled("AMALGAM", "O", "D"), "11", status("VIRGIN"),
                    "21", status("VIRGIN")));
            t.put("37", postMortem ? filled("COMPOSITE", "O") : status("VIRGIN"));
            return t;
        }

        /** Siriporn Kaewmanee's teeth: four extracted wisdom teeth and rare restorations. */
        private Map<String, Map<String, Object>> dentalOf9(boolean postMortem) {
            Map<String, Map<String, Object>> t = new TreeMap<>(Map.of("18", status("MISSING_AM"),
                    "28", status("MISSING_AM"), "38", status("MISSING_AM"), "48", status("MISSING_AM"),
                    "16", filled("AMALGAM", "M", "O", "D"), "26", filled("COMPOSITE", "O"), "36", status("CROWN"),
                    "46", filled("AMALGAM", "M", "O"), "11", status("CROWN")));
            t.put("25", postMortem ? status("MISSING_PM") : status("VIRGIN"));
            return t;
        }

        private static Map<String, Map<String, Object>> chart(Map<String, Map<String, Object>> teeth) {
            return new TreeMap<>(teeth);
        }

        private static Map<String, Object> status(String status) {
            return Map.of("status", status);
        }

        private static Map<String, Object> filled(String material, String... surfaces) {
            return Map.of("status", "FILLED", "surfaces", List.of(surfaces), "material", material);
        }

        private static DnaProfileInput direct(Person p, String sample) {
            return new DnaProfileInput("DIRECT_REFERENCE", sample, null, null, p.loci(), null);
        }

        private static DnaProfileInput relative(Person p, String relationship) {
            return new DnaProfileInput("FAMILY_REFERENCE", "buccal swab", null, relationship, p.loci(), null);
        }

        /** A body's sample typed at the first {@code loci} loci (fewer for a degraded one). */
        private static DnaProfileInput sample(Person p, int loci) {
            Map<String, List<String>> typed = new LinkedHashMap<>();
            LOCI.subList(0, loci).forEach(l -> typed.put(l, p.loci().get(l)));
            return new DnaProfileInput("PM_SAMPLE", "femur", null, null, typed, null);
        }

        /** Twelve loci, and at one heterozygous locus only the shorter allele seen (possible dropout). */
        private static DnaProfileInput degraded(Person p) {
            Map<String, List<String>> typed = new LinkedHashMap<>();
            String dropout = null;
            for (String l : LOCI.subList(0, 12)) {
                List<String> alleles = p.loci().get(l);
                if (dropout == null && !alleles.get(0).equals(alleles.get(1))) {
                    dropout = l;
                    typed.put(l, List.of(alleles.get(0)));
                } else {
                    typed.put(l, alleles);
                }
            }
            return new DnaProfileInput("PM_SAMPLE", "rib, degraded", null, null, typed,
                    dropout == null ? Set.of() : Set.of(dropout));
        }

        private Person founder() {
            Map<String, List<String>> loci = new LinkedHashMap<>();
            for (String l : LOCI) {
                loci.put(l, ordered(draw(l), draw(l)));
            }
            return new Person(loci);
        }

        private Person child(Person father, Person mother) {
            Map<String, List<String>> loci = new LinkedHashMap<>();
            for (String l : LOCI) {
                loci.put(l, ordered(father.loci().get(l).get(rng.nextInt(2)), mother.loci().get(l).get(rng.nextInt(2))));
            }
            return new Person(loci);
        }

        /** An allele drawn by its frequency in the population. */
        private String draw(String locus) {
            Map<String, Double> alleles = table.get(locus.toUpperCase(Locale.ROOT));
            double total = alleles.values().stream().mapToDouble(Double::doubleValue).sum();
            double r = rng.nextDouble() * total;
            String last = null;
            for (Map.Entry<String, Double> a : alleles.entrySet()) {
                last = a.getKey();
                r -= a.getValue();
                if (r <= 0) {
                    break;
                }
            }
            return last;
        }

        private static List<String> ordered(String a, String b) {
            return Stream.of(a, b).sorted(Comparator.comparingDouble(Double::parseDouble)).toList();
        }

        /** The shipped table: per locus (upper case), allele and frequency in file order. */
        private static Map<String, Map<String, Double>> table() {
            Map<String, Map<String, Double>> out = new LinkedHashMap<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    DviDemo.class.getResourceAsStream(TABLE), StandardCharsets.UTF_8))) {
                Map<String, Double> current = null;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String l = line.strip();
                    if (l.isEmpty()) {
                        continue;
                    }
                    String[] parts = l.split("\t");
                    if (parts.length == 1) {
                        current = new LinkedHashMap<>();
                        out.put(l.toUpperCase(Locale.ROOT), current);
                    } else {
                        current.put(parts[0], Double.parseDouble(parts[1]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }
}
