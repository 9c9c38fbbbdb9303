package org.eads.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eads.records.CrimeArea;
import org.eads.records.IdentityDocument;
import org.eads.records.PartialDate;
import org.eads.records.PersonData;
import org.eads.records.PersonName;
import org.eads.records.PersonData.Sex;
import org.eads.records.PersonData.Status;
import org.eads.records.TravelDocumentData.DocumentType;

/**
 * Persons of an owner member: mostly its own nationals, named in their culture, and some nationals of neighbouring
 * countries; full dates of birth for most, year and month or year only for some; crime areas weighted towards
 * online scams, trafficking in persons and drugs.
 */
public final class PersonMaker {

    private static final Weighted<Status> STATUSES = Weighted.<Status>builder()
            .add(Status.SUSPECT, 30).add(Status.WANTED, 22).add(Status.PERSON_OF_INTEREST, 20).add(Status.VICTIM, 13)
            .add(Status.MISSING, 10).add(Status.DECEASED_UNIDENTIFIED, 5).build();
    static final Weighted<CrimeArea> CRIME_AREAS = Weighted.<CrimeArea>builder()
            .add(CrimeArea.ONLINE_SCAM, 25).add(CrimeArea.TRAFFICKING_IN_PERSONS, 18)
            .add(CrimeArea.ILLICIT_DRUG_TRAFFICKING, 18).add(CrimeArea.MONEY_LAUNDERING, 8)
            .add(CrimeArea.PEOPLE_SMUGGLING, 5).add(CrimeArea.CYBERCRIME, 5).add(CrimeArea.TRANSNATIONAL_FRAUD, 4)
            .add(CrimeArea.BANK_CARD_FRAUD, 3).add(CrimeArea.COMMERCIAL_CRIME, 3).add(CrimeArea.ARMS_SMUGGLING, 3)
            .add(CrimeArea.COUNTERFEIT_CURRENCY, 2).add(CrimeArea.TERRORISM, 2).add(CrimeArea.WILDLIFE_TRAFFICKING, 2)
            .add(CrimeArea.MARITIME_FRAUD, 1).add(CrimeArea.OTHER, 1).build();
    private static final Weighted<CrimeArea> VICTIM_AREAS = Weighted.<CrimeArea>builder()
            .add(CrimeArea.TRAFFICKING_IN_PERSONS, 55).add(CrimeArea.ONLINE_SCAM, 35).add(CrimeArea.PEOPLE_SMUGGLING, 10)
            .build();
    private static final String[] MARKS = {
        "Tattoo of a dragon on the left forearm", "Scar above the right eyebrow", "Mole on the left cheek",
        "Gold crown on an upper front tooth", "Sak yant tattoo on the upper back", "Missing tip of the left index finger",
        "Burn scar on the back of the right hand", "Tattoo of a rose on the right shoulder",
        "Tattoo of a tiger on the chest", "Walks with a limp (right leg)", "Scar across the chin",
        "Tattoo of a name in Latin letters on the left wrist", "Pierced eyebrow", "Birthmark on the neck"};
    private static final String[] OTHER_NATIONALITIES = {"CHN", "AUS", "GBR", "USA", "KOR", "JPN", "IND", "TWN"};

    private final Catalogue catalogue;
    private final Amc owner;
    private final Rng rng;
    private final LocalDate asOf;
    private final Map<Status, List<String>> statusSentences = new EnumMap<>(Status.class);
    private final Map<CrimeArea, List<String>> crimeSentences = new EnumMap<>(CrimeArea.class);

    public PersonMaker(Catalogue catalogue, Amc owner, Rng rng, LocalDate asOf) {
        this.catalogue = catalogue;
        this.owner = owner;
        this.rng = rng;
        this.asOf = asOf;
        for (Status s : Status.values()) {
            statusSentences.put(s, catalogue.sentences("person." + s.name()));
        }
        for (CrimeArea a : CrimeArea.values()) {
            crimeSentences.put(a, catalogue.sentences("crime." + a.name()));
        }
    }

    public GeneratedPerson next() {
        Status status = STATUSES.pick(rng);
        int sexRoll = rng.below(100);
        Sex sex = sexRoll < 66 ? Sex.MALE : sexRoll < 98 ? Sex.FEMALE : Sex.UNKNOWN;
        boolean male = sex == Sex.UNKNOWN ? rng.percent(50) : sex == Sex.MALE;
        Amc country = rng.percent(85) ? owner : catalogue.amc(rng.pick(owner.neighbours()));
        GeneratedName name = country.cultures().pick(rng).name(rng, male);
        if (status == Status.DECEASED_UNIDENTIFIED) {
            return unidentified(sex, male, name, country.code());
        }
        boolean young = status == Status.VICTIM || status == Status.MISSING;
        LocalDate born = asOf.minusDays(rng.between(young ? 14 * 365 : 18 * 365, young ? 55 * 365 : 66 * 365));

        List<String> nationalities = rng.percent(4) ? List.of(country.code(), rng.pick(OTHER_NATIONALITIES))
                : List.of(country.code());
        String place = rng.percent(75) ? rng.pick(country.places()) : null;
        List<IdentityDocument> documents = new ArrayList<>(2);
        if (rng.percent(40)) {
            documents.add(new IdentityDocument(DocumentType.ID_CARD,
                    Documents.identityCard(country.code(), rng, born, male), country.code()));
        }
        if (rng.percent(20)) {
            documents.add(new IdentityDocument(DocumentType.PASSPORT, Documents.passport(country.code(), rng),
                    country.code()));
        }
        List<String> marks = rng.percent(25) ? marks() : List.of();
        List<CrimeArea> areas = crimeAreas(status);
        PersonData data = new PersonData(name.names(), sex, dateOfBirth(born), place, nationalities, documents,
                marks, status, areas, summary(status, areas));
        return new GeneratedPerson(data, name, born, male, country.code());
    }

    /**
     * A body not yet identified: recorded as an unidentified man or woman of an estimated year of birth, with the
     * name found on papers carried (not yet confirmed) as an alias in some cases; nationality unknown.
     */
    private GeneratedPerson unidentified(Sex sex, boolean male, GeneratedName found, String foundCountry) {
        String label = sex == Sex.UNKNOWN ? "Unidentified person" : male ? "Unidentified man" : "Unidentified woman";
        List<PersonName> names = new ArrayList<>(1 + found.names().size());
        names.add(new PersonName(label, null, "Latin", "en", PersonName.Kind.PRIMARY));
        if (rng.percent(40)) {
            for (PersonName n : found.names()) {
                names.add(new PersonName(n.full(), n.latin(), n.script(), n.language(), PersonName.Kind.ALIAS));
            }
        }
        LocalDate born = asOf.minusDays(rng.between(18 * 365, 70 * 365));
        PersonData data = new PersonData(names, sex, new PartialDate(born.getYear(), null, null), null, List.of(),
                List.of(), rng.percent(40) ? marks() : List.of(), Status.DECEASED_UNIDENTIFIED, List.of(),
                rng.pick(statusSentences.get(Status.DECEASED_UNIDENTIFIED)));
        // Documents linked to the body are the papers found on it: in the name and of the country they show.
        return new GeneratedPerson(data, new GeneratedName(names, label, found.passport()), born, male, foundCountry);
    }

    private PartialDate dateOfBirth(LocalDate born) {
        int roll = rng.below(100);
        if (roll < 8) {
            return new PartialDate(born.getYear(), null, null);
        }
        if (roll < 20) {
            return new PartialDate(born.getYear(), born.getMonthValue(), null);
        }
        return new PartialDate(born.getYear(), born.getMonthValue(), born.getDayOfMonth());
    }

    private List<String> marks() {
        String first = rng.pick(MARKS);
        if (rng.percent(20)) {
            String second = rng.pick(MARKS);
            return second.equals(first) ? List.of(first) : List.of(first, second);
        }
        return List.of(first);
    }

    private List<CrimeArea> crimeAreas(Status status) {
        Weighted<CrimeArea> from = status == Status.VICTIM || status == Status.MISSING ? VICTIM_AREAS : CRIME_AREAS;
        CrimeArea first = from.pick(rng);
        if (rng.percent(30)) {
            CrimeArea second = CRIME_AREAS.pick(rng);
            if (second != first) {
                return List.of(first, second);
            }
        }
        return List.of(first);
    }

    private String summary(Status status, List<CrimeArea> areas) {
        String first = rng.pick(statusSentences.get(status));
        if (status == Status.SUSPECT || status == Status.WANTED || status == Status.PERSON_OF_INTEREST) {
            return first + " " + rng.pick(crimeSentences.get(areas.get(0)));
        }
        return first;
    }
}
