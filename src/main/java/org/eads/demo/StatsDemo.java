package org.eads.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eads.stats.CapabilityDimension;
import org.eads.stats.CapacityBuildingActivity;
import org.eads.stats.Classification;
import org.eads.stats.CrimeArea;
import org.eads.stats.DimensionValue;
import org.eads.stats.Indicator;
import org.eads.stats.Period;
import org.eads.stats.Periodicity;
import org.eads.stats.ValueInput;

/**
 * The demo's crime statistics: what each of the ten members reports, month by month and quarter by quarter, from
 * 2019 to a few months before the day of the demo. Counts scale with each member's population and how much of its
 * crime gets recorded; trafficking in persons, drug trafficking, fraud and cybercrime rise after 2021 (the scam
 * compounds), migrant smuggling drops in the pandemic. Every breakdown adds up to its total and no more persons are
 * convicted than prosecuted, so the blocking rules hold; warnings are answered by the loader with a note, as focal
 * points do. Deterministic: the same seed, member and period give the same values.
 */
public final class StatsDemo {

    public static final int FIRST_YEAR = 2019;
    /** The Secretariat's statistics focal point. */
    public static final String SECRETARIAT_ACCOUNT = "secretariat.stats";

    /** Population in millions (World Bank, 2023) and the share of crime that gets recorded, relative to Thailand. */
    private record Country(double millions, double recorded, double income) {
    }

    private static final Map<String, Country> COUNTRIES = Map.of(
            "BRN", new Country(0.45, 1.3, 4.0), "KHM", new Country(17.4, 0.4, 0.5),
            "IDN", new Country(277.5, 0.45, 0.7), "LAO", new Country(7.6, 0.3, 0.4),
            "MYS", new Country(34.3, 1.2, 2.5), "MMR", new Country(54.6, 0.3, 0.3),
            "PHL", new Country(117.3, 0.7, 0.8), "SGP", new Country(5.9, 1.8, 6.0),
            "THA", new Country(71.8, 1.0, 1.5), "VNM", new Country(100.3, 0.6, 0.8));

    /** Cases recorded per million inhabitants in a month of 2019, per crime area. */
    private static final Map<String, Double> MONTHLY_RATE = Map.of(
            "TRAFFICKING_IN_PERSONS", 0.25, "DRUG_TRAFFICKING", 12.0, "FRAUD", 6.0, "MONEY_LAUNDERING", 0.3,
            "TERRORISM", 0.04, "ARMS_SMUGGLING", 0.4, "WILDLIFE_CRIME", 0.5, "CYBERCRIME", 2.0,
            "MARITIME_CRIME", 0.08, "MIGRANT_SMUGGLING", 0.6);

    /** How each area moves from 2019 (index 0) on: the scam compounds drive trafficking, fraud and cybercrime. */
    private static final Map<String, double[]> TREND = Map.of(
            "TRAFFICKING_IN_PERSONS", new double[] {1.0, 0.8, 0.95, 1.25, 1.5, 1.7, 1.85, 1.95},
            "DRUG_TRAFFICKING", new double[] {1.0, 0.95, 1.05, 1.15, 1.25, 1.35, 1.45, 1.5},
            "FRAUD", new double[] {1.0, 1.2, 1.45, 1.85, 2.3, 2.75, 3.1, 3.3},
            "CYBERCRIME", new double[] {1.0, 1.3, 1.6, 2.0, 2.45, 2.9, 3.3, 3.5},
            "MIGRANT_SMUGGLING", new double[] {1.0, 0.6, 0.65, 0.9, 1.05, 1.1, 1.15, 1.15},
            "WILDLIFE_CRIME", new double[] {1.0, 0.95, 0.95, 0.92, 0.9, 0.88, 0.86, 0.85});

    /** Persons arrested or suspected per case, and victims per case. */
    private static final Map<String, double[]> PER_CASE = Map.of(
            "TRAFFICKING_IN_PERSONS", new double[] {1.8, 2.5}, "DRUG_TRAFFICKING", new double[] {1.3, 0},
            "FRAUD", new double[] {0.6, 1.1}, "MONEY_LAUNDERING", new double[] {1.5, 0},
            "TERRORISM", new double[] {2.0, 1.5}, "ARMS_SMUGGLING", new double[] {1.2, 0},
            "WILDLIFE_CRIME", new double[] {1.1, 0}, "CYBERCRIME", new double[] {0.3, 1.0},
            "MARITIME_CRIME", new double[] {3.0, 2.0}, "MIGRANT_SMUGGLING", new double[] {1.6, 5.0});

    private StatsDemo() {
    }

    /** What happens to a member's period in the demo. */
    public enum Outcome {
        ACCEPTED, SUBMITTED, RETURNED, DRAFT
    }

    /** One submission of the demo: a member's period and where it ends. */
    public record Step(String member, Period period, Outcome outcome) {
    }

    /**
     * The demo's submissions as of a day, in the order they are made: every month and quarter from 2019 until
     * three months before the day accepted (Myanmar's stop in March of this year, a gap the completeness shows); then
     * Malaysia's, Thailand's and Viet Nam's last months in draft, the Philippines' waiting for validation, and Lao
     * PDR's last quarter returned with comments.
     */
    public static List<Step> plan(LocalDate today, List<String> members) {
        List<Step> steps = new ArrayList<>();
        LocalDate quarterEnd = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3).minusDays(1);
        Period returned = Period.quarter(quarterEnd.getYear(), (quarterEnd.getMonthValue() - 1) / 3 + 1);
        LocalDate lastAccepted = today.minusMonths(3);
        for (int year = FIRST_YEAR; year <= lastAccepted.getYear(); year++) {
            for (String member : members) {
                for (Period p : Period.of(year)) {
                    if (p.periodicity() == Periodicity.YEAR || p.end().isAfter(lastAccepted.withDayOfMonth(
                            lastAccepted.lengthOfMonth()))) {
                        continue;
                    }
                    if (member.equals("MMR") && year == today.getYear() && p.end().getMonthValue() > 3
                            || member.equals("LAO") && p.equals(returned)) {
                        continue;
                    }
                    steps.add(new Step(member, p, Outcome.ACCEPTED));
                }
            }
        }
        LocalDate twoMonthsAgo = today.minusMonths(2);
        Period month = Period.month(twoMonthsAgo.getYear(), twoMonthsAgo.getMonthValue());
        LocalDate lastMonth = today.minusMonths(1);
        steps.add(new Step("MYS", month, Outcome.DRAFT));
        steps.add(new Step("THA", month, Outcome.DRAFT));
        steps.add(new Step("VNM", Period.month(lastMonth.getYear(), lastMonth.getMonthValue()), Outcome.DRAFT));
        steps.add(new Step("PHL", month, Outcome.SUBMITTED));
        steps.add(new Step("LAO", returned, Outcome.RETURNED));
        return steps;
    }

    /** The Secretariat's comment on the returned submission. */
    public static final String RETURN_COMMENT = "Thank you. The convictions for drug trafficking are well below "
            + "the usual share of the prosecutions this quarter: please check them against the court returns and "
            + "submit again.";

    /** The member that has not yet submitted last year's capability self-assessment. */
    public static final String NOT_ASSESSED = "LAO";

    /** A member's general capability (0-4) before the yearly gain and noise of the demo's self-assessments. */
    private static final Map<String, Double> CAPABILITY = Map.of("SGP", 3.5, "MYS", 3.1, "BRN", 2.7, "THA", 2.8,
            "IDN", 2.5, "PHL", 2.4, "VNM", 2.3, "KHM", 1.6, "LAO", 1.3, "MMR", 1.3);

    /**
     * The capability of a member for a crime area and dimension in the demo: lower for the members with less
     * capacity in cybercrime, wildlife and maritime crime, and for forensics there.
     */
    public static double capabilityStrength(String member, String crimeArea, CapabilityDimension d) {
        double level = CAPABILITY.getOrDefault(member, 2.0);
        boolean specialised = crimeArea.equals("CYBERCRIME") || crimeArea.equals("WILDLIFE_CRIME")
                || crimeArea.equals("MARITIME_CRIME");
        if (specialised && level < 2) {
            level -= 0.8;
        }
        if (specialised && d == CapabilityDimension.FORENSIC_CAPACITY) {
            level -= 0.7;
        }
        return level;
    }

    /** What a member cites for a score of 3 or 4. */
    public static String evidence(CapabilityDimension d, String crimeArea) {
        return switch (d) {
            case LEGISLATION -> "Offences and investigative powers in the penal code and special law on " + crimeArea
                    + "; used in recent prosecutions";
            case SPECIALISED_UNIT -> "Dedicated division at national headquarters with regional desks";
            case TRAINED_STAFF -> "Most investigators completed the national course; annual refresher";
            case FORENSIC_CAPACITY -> "Accredited national laboratory handles the unit's exhibits";
            case DATA_AVAILABILITY -> "Case management system records cases, suspects and seizures monthly";
            case INTERNATIONAL_COOPERATION -> "Liaison officers and joint operations with neighbouring members";
        };
    }

    /** The training need a member notes for a critical gap. */
    public static String trainingNeed(CapabilityDimension d, String crimeArea) {
        return switch (d) {
            case LEGISLATION -> "Drafting support for a law on " + crimeArea;
            case SPECIALISED_UNIT -> "Advice on setting up a unit for " + crimeArea;
            case TRAINED_STAFF -> "Investigators' course on " + crimeArea;
            case FORENSIC_CAPACITY -> "Forensic training and equipment for " + crimeArea;
            case DATA_AVAILABILITY -> "Recording and reporting of " + crimeArea + " cases";
            case INTERNATIONAL_COOPERATION -> "Mutual legal assistance and liaison on " + crimeArea;
        };
    }

    /**
     * The Secretariat's capacity-building activities against last year's gaps, for the members of the demo among
     * those they target: one done, one under way, one planned, one cancelled.
     */
    public static List<CapacityBuildingActivity.Input> activities(LocalDate today, java.util.Collection<String> members) {
        int year = today.getYear() - 1;
        List<CapacityBuildingActivity.Input> out = new ArrayList<>();
        add(out, members, new CapacityBuildingActivity.Input(year, "Digital forensics for cybercrime investigators",
                "WORKSHOP", "CYBERCRIME", "FORENSIC_CAPACITY", List.of("KHM", "MMR", "VNM"), today.minusMonths(5),
                today.minusMonths(5).plusDays(4), "ASEANAPOL Secretariat with the INTERPOL Cybercrime Directorate",
                "DONE", "Hands-on work on seized phones and crypto wallets"));
        add(out, members, new CapacityBuildingActivity.Input(year, "Wildlife crime investigation course",
                "TRAINING", "WILDLIFE_CRIME", "TRAINED_STAFF", List.of("KHM", "MMR"), today.minusDays(10),
                today.plusDays(20), "ASEAN Working Group on CITES and Wildlife Enforcement", "UNDER_WAY", null));
        add(out, members, new CapacityBuildingActivity.Input(year, "Maritime crime data and reporting mentoring",
                "MENTORING", "MARITIME_CRIME", "DATA_AVAILABILITY", List.of("KHM", "PHL"), today.plusMonths(2),
                today.plusMonths(5), "ASEANAPOL Secretariat", "PLANNED", null));
        add(out, members, new CapacityBuildingActivity.Input(year, "Forensic laboratory equipment for wildlife DNA",
                "EQUIPMENT", "WILDLIFE_CRIME", "FORENSIC_CAPACITY", List.of("MMR"), today.minusMonths(2),
                null, "Dialogue partner grant", "CANCELLED", "Funding withdrawn; to be proposed again next year"));
        return out;
    }

    private static void add(List<CapacityBuildingActivity.Input> out, java.util.Collection<String> members,
                            CapacityBuildingActivity.Input in) {
        List<String> targeted = in.members().stream().filter(members::contains).toList();
        if (!targeted.isEmpty()) {
            out.add(new CapacityBuildingActivity.Input(in.year(), in.title(), in.kind(), in.crimeArea(),
                    in.dimension(), targeted, in.startsOn(), in.endsOn(), in.organiser(), in.status(), in.notes()));
        }
    }

    /** The note a focal point writes to answer a warning of a rule. */
    public static String answer(String rule) {
        return switch (rule) {
            case "YEAR_ON_YEAR_CHANGE" -> "Checked against the unit's case register: the change is real "
                    + "(operations and reporting campaigns in the period)";
            case "ABOVE_HISTORY" -> "Confirmed by the national unit: a large operation in the period";
            default -> "Checked by the national unit";
        };
    }

    /** The values a member reports for a period, under the classification in force. */
    public static List<ValueInput> values(long seed, String member, Period period, Classification c) {
        SplittableRandom rng = new SplittableRandom(seed ^ (member.hashCode() * 31L + period.toString().hashCode()));
        Country country = COUNTRIES.get(member);
        boolean amountsUnknown = member.equals("LAO") || member.equals("MMR") && period.year() >= 2021;
        List<ValueInput> out = new ArrayList<>();
        for (CrimeArea area : c.crimeAreas()) {
            List<Indicator> indicators = c.indicatorsOf(area, period.periodicity());
            if (indicators.isEmpty() || !MONTHLY_RATE.containsKey(area.code())) {
                continue;
            }
            double months = period.periodicity() == Periodicity.QUARTER ? 3 : 1;
            double trend = trend(area.code(), period.year());
            double expected = MONTHLY_RATE.get(area.code()) * country.millions() * country.recorded() * trend * months;
            long cases = count(rng, expected, 0.08);
            double[] perCase = PER_CASE.get(area.code());
            long suspects = count(rng, cases * perCase[0], 0.04);
            long prosecuted = count(rng, suspects * 0.45, 0.04);
            long convicted = Math.min(prosecuted, Math.round(prosecuted * (0.55 + rng.nextDouble() * 0.2)));
            for (Indicator i : indicators) {
                String a = area.code();
                switch (i.code()) {
                    case "CASES" -> out.add(value(a, "CASES", "", cases));
                    case "SUSPECTS" -> parts(out, c, rng, a, "SUSPECTS", suspects, "SEX",
                            a.equals("TRAFFICKING_IN_PERSONS") ? new double[] {35, 63, 2} : new double[] {16, 82, 2});
                    case "VICTIMS" -> victims(out, c, rng, a, count(rng, cases * perCase[1], 0.04));
                    case "PROSECUTED" -> parts(out, c, rng, a, i.code(), prosecuted, "SEX", new double[] {18, 80, 2});
                    case "CONVICTED" -> parts(out, c, rng, a, i.code(), convicted, "SEX", new double[] {18, 80, 2});
                    case "SEIZED_DRUGS_KG" -> kilograms(out, c, rng, a, cases * 2.5);
                    case "SEIZED_DRUGS_UNITS" -> parts(out, c, rng, a, i.code(), count(rng, cases * 800.0, 0.04),
                            "SUBSTANCE", new double[] {85, 0, 0, 2, 10, 0, 3});
                    case "SEIZED_FIREARMS" -> parts(out, c, rng, a, i.code(),
                            count(rng, cases * (a.equals("TERRORISM") ? 2.0 : 3.0), 0.04), "FIREARM_TYPE",
                            new double[] {55, 25, 10, 5, 5});
                    case "SEIZED_WILDLIFE" -> parts(out, c, rng, a, i.code(), cases, "SPECIES_GROUP",
                            new double[] {30, 10, 20, 15, 15, 8, 2});
                    case "AMOUNT_LOST" -> out.add(amountsUnknown ? notAvailable(a, i.code())
                            : value(a, i.code(), "", Math.round(expected * 1.1 * 1500 * country.income()
                            * (0.9 + rng.nextDouble() * 0.2))));
                    case "AMOUNT_RECOVERED" -> out.add(amountsUnknown ? notAvailable(a, i.code())
                            : value(a, i.code(), "", Math.round(expected * (a.equals("MONEY_LAUNDERING") ? 40_000 : 130)
                            * country.income() * (0.85 + rng.nextDouble() * 0.3))));
                    default -> { }
                }
            }
        }
        return out;
    }

    private static double trend(String area, int year) {
        double[] t = TREND.get(area);
        if (t == null) {
            return 1.0;
        }
        return t[Math.clamp(year - FIRST_YEAR, 0, t.length - 1)];
    }

    /** A count around its expected value: Poisson for small ones, a normal {@code spread} for large ones. */
    private static long count(SplittableRandom rng, double expected, double spread) {
        if (expected <= 0) {
            return 0;
        }
        if (expected < 30) {
            double limit = Math.exp(-expected);
            double p = rng.nextDouble();
            long k = 0;
            while (p > limit) {
                p *= rng.nextDouble();
                k++;
            }
            return k;
        }
        return Math.max(0, Math.round(expected * (1 + spread * rng.nextGaussian())));
    }

    private static void victims(List<ValueInput> out, Classification c, SplittableRandom rng, String area, long n) {
        boolean trafficked = area.equals("TRAFFICKING_IN_PERSONS") || area.equals("MIGRANT_SMUGGLING");
        parts(out, c, rng, area, "VICTIMS", n, "SEX", trafficked ? new double[] {58, 40, 2} : new double[] {45, 53, 2});
        if (trafficked) {
            split(out, c, rng, area, "VICTIMS", n, "AGE_GROUP", new double[] {22, 75, 3});
            split(out, c, rng, area, "VICTIMS", n, "NATIONALITY", new double[] {45, 40, 10, 5});
        }
    }

    /** A total and its parts by one dimension. */
    private static void parts(List<ValueInput> out, Classification c, SplittableRandom rng, String area,
                              String indicator, long total, String dimension, double[] shares) {
        out.add(value(area, indicator, "", total));
        split(out, c, rng, area, indicator, total, dimension, shares);
    }

    /**
     * The parts of a total by a dimension with the shares given, adding up to it exactly: drawn one by one for small
     * totals, in proportion with a little noise for large ones (a million tablets are not drawn one at a time).
     */
    private static void split(List<ValueInput> out, Classification c, SplittableRandom rng, String area,
                              String indicator, long total, String dimension, double[] shares) {
        List<DimensionValue> parts = c.parts(dimension);
        long[] counts = new long[parts.size()];
        double sum = 0;
        int largest = 0;
        for (int i = 0; i < shares.length && i < counts.length; i++) {
            sum += shares[i];
            largest = shares[i] > shares[largest] ? i : largest;
        }
        if (total <= 200) {
            for (long k = 0; k < total; k++) {
                double r = rng.nextDouble() * sum;
                int i = 0;
                while (i < shares.length - 1 && r >= shares[i]) {
                    r -= shares[i];
                    i++;
                }
                counts[i]++;
            }
        } else {
            long left = total;
            for (int i = 0; i < shares.length && i < counts.length; i++) {
                if (i != largest) {
                    counts[i] = Math.min(left, Math.round(total * shares[i] / sum * (0.9 + rng.nextDouble() * 0.2)));
                    left -= counts[i];
                }
            }
            counts[largest] = left;
        }
        for (int i = 0; i < parts.size(); i++) {
            out.add(value(area, indicator, parts.get(i).disaggregation(), counts[i]));
        }
    }

    /** Kilograms by substance to a tenth, the total their sum. */
    private static void kilograms(List<ValueInput> out, Classification c, SplittableRandom rng, String area,
                                  double expected) {
        double[] shares = {60, 8, 20, 7, 2, 1, 2};
        List<DimensionValue> parts = c.parts("SUBSTANCE");
        Map<String, Long> tenths = new LinkedHashMap<>();
        long total = 0;
        for (int i = 0; i < parts.size(); i++) {
            long t = Math.max(0, Math.round(expected * shares[i] / 100 * (0.8 + rng.nextDouble() * 0.4) * 10));
            tenths.put(parts.get(i).disaggregation(), t);
            total += t;
        }
        out.add(new ValueInput(area, "SEIZED_DRUGS_KG", "", tenths(total), null));
        tenths.forEach((part, t) -> out.add(new ValueInput(area, "SEIZED_DRUGS_KG", part, tenths(t), null)));
    }

    private static String tenths(long t) {
        return t / 10 + "." + t % 10;
    }

    private static ValueInput value(String area, String indicator, String part, long n) {
        return new ValueInput(area, indicator, part, Long.toString(n), null);
    }

    private static ValueInput notAvailable(String area, String indicator) {
        return new ValueInput(area, indicator, "", "NA", null);
    }
}
