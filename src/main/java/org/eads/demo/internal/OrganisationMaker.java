package org.eads.demo.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eads.records.CrimeArea;
import org.eads.records.OrganisationData;
import org.eads.records.OrganisationData.OrganisationType;

/**
 * Criminal groups, scam compound operators and shell companies with invented names (pairs of common words that
 * name no real company), the legal form of the owner country, and the countries they work in.
 */
public final class OrganisationMaker {

    private static final Weighted<OrganisationType> TYPES = Weighted.<OrganisationType>builder()
            .add(OrganisationType.CRIMINAL_GROUP, 40).add(OrganisationType.SCAM_COMPOUND_OPERATOR, 25)
            .add(OrganisationType.SHELL_COMPANY, 25).add(OrganisationType.COMPANY, 5).add(OrganisationType.OTHER, 3)
            .add(OrganisationType.TERRORIST_GROUP, 2).build();
    /** Where the compounds of the region are. */
    private static final String[] COMPOUND_COUNTRIES = {"MMR", "KHM", "LAO", "PHL"};

    private final Amc owner;
    private final Rng rng;
    private final Map<OrganisationType, List<String>> sentences = new EnumMap<>(OrganisationType.class);
    private final Map<CrimeArea, List<String>> crimeSentences = new EnumMap<>(CrimeArea.class);
    private final List<String> crimeFirst;
    private final List<String> crimeSecond;
    private final List<String> crimeSuffix;
    private final List<String> compoundFirst;
    private final List<String> compoundSecond;
    private final List<String> compoundSuffix;
    private final List<String> shellWords;
    private final List<String> shellKinds;

    public OrganisationMaker(Catalogue catalogue, Amc owner, Rng rng) {
        this.owner = owner;
        this.rng = rng;
        for (OrganisationType t : OrganisationType.values()) {
            sentences.put(t, catalogue.sentences("organisation." + t.name()));
        }
        for (CrimeArea a : CrimeArea.values()) {
            crimeSentences.put(a, catalogue.sentences("crime." + a.name()));
        }
        crimeFirst = catalogue.organisationWords("crime.first");
        crimeSecond = catalogue.organisationWords("crime.second");
        crimeSuffix = catalogue.organisationWords("crime.suffix");
        compoundFirst = catalogue.organisationWords("compound.first");
        compoundSecond = catalogue.organisationWords("compound.second");
        compoundSuffix = catalogue.organisationWords("compound.suffix");
        shellWords = catalogue.organisationWords("shell.word");
        shellKinds = catalogue.organisationWords("shell.kind");
    }

    public OrganisationData next() {
        OrganisationType type = TYPES.pick(rng);
        List<String> names = new ArrayList<>(2);
        List<CrimeArea> areas;
        List<String> countries;
        switch (type) {
            case CRIMINAL_GROUP -> {
                String core = rng.pick(crimeFirst) + " " + rng.pick(crimeSecond);
                names.add(core + " " + rng.pick(crimeSuffix));
                if (rng.percent(40)) {
                    names.add("The " + rng.pick(crimeSecond) + "s");
                }
                CrimeArea main = PersonMaker.CRIME_AREAS.pick(rng);
                areas = main == CrimeArea.MONEY_LAUNDERING ? List.of(main) : List.of(main, CrimeArea.MONEY_LAUNDERING);
                countries = countries(null);
            }
            case TERRORIST_GROUP -> {
                names.add(rng.pick(crimeFirst) + " " + rng.pick(crimeSecond) + " Front");
                areas = List.of(CrimeArea.TERRORISM);
                countries = countries(null);
            }
            case SCAM_COMPOUND_OPERATOR -> {
                String place = rng.pick(compoundFirst) + " " + rng.pick(compoundSecond);
                names.add(place + " " + rng.pick(compoundSuffix));
                names.add(place);
                areas = List.of(CrimeArea.ONLINE_SCAM, CrimeArea.TRAFFICKING_IN_PERSONS, CrimeArea.MONEY_LAUNDERING);
                countries = countries(rng.pick(COMPOUND_COUNTRIES));
            }
            case OTHER -> {
                names.add(company(rng.pick(shellWords) + " " + rng.pick(shellWords) + " Manpower"));
                areas = List.of(CrimeArea.TRAFFICKING_IN_PERSONS);
                countries = countries(null);
            }
            default -> {
                String first = rng.pick(shellWords);
                String second = rng.pick(shellWords);
                String base = (second.equals(first) ? first : first + " " + second) + " " + rng.pick(shellKinds);
                names.add(company(base));
                if (rng.percent(30)) {
                    names.add(base);
                }
                areas = type == OrganisationType.SHELL_COMPANY
                        ? List.of(CrimeArea.MONEY_LAUNDERING, CrimeArea.ONLINE_SCAM) : List.of(CrimeArea.COMMERCIAL_CRIME);
                countries = countries(null);
            }
        }
        String summary = rng.pick(sentences.get(type));
        if (type == OrganisationType.CRIMINAL_GROUP) {
            summary = summary + " " + rng.pick(crimeSentences.get(areas.get(0)));
        }
        return new OrganisationData(names, type, countries, areas, summary);
    }

    private List<String> countries(String also) {
        String other = also != null ? also : rng.percent(40) ? rng.pick(owner.neighbours()) : null;
        return other == null || other.equals(owner.code()) ? List.of(owner.code()) : List.of(owner.code(), other);
    }

    /** The name with the legal form of a company registered in the owner country. */
    private String company(String name) {
        return switch (owner.code()) {
            case "MYS", "BRN" -> name + " Sdn. Bhd.";
            case "SGP" -> name + " Pte. Ltd.";
            case "IDN" -> "PT " + name;
            case "PHL" -> name + " Inc.";
            case "VNM" -> name + " Company Limited";
            case "LAO" -> name + " Sole Co., Ltd.";
            default -> name + " Co., Ltd.";
        };
    }
}
