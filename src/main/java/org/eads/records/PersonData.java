package org.eads.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A person: wanted, missing, a suspect, a person of interest, a victim, or a deceased person not yet identified. */
public record PersonData(
        List<PersonName> names,
        Sex sex,
        PartialDate dateOfBirth,
        String placeOfBirth,
        List<String> nationalities,
        List<IdentityDocument> identityDocuments,
        List<String> distinguishingMarks,
        Status status,
        List<CrimeArea> crimeAreas,
        String summary) implements RecordData {

    public enum Sex { MALE, FEMALE, UNKNOWN }

    public enum Status { WANTED, MISSING, SUSPECT, PERSON_OF_INTEREST, VICTIM, DECEASED_UNIDENTIFIED }

    public PersonData {
        names = ListValues.copy(names);
        nationalities = ListValues.copy(nationalities);
        identityDocuments = ListValues.copy(identityDocuments);
        distinguishingMarks = ListValues.copy(distinguishingMarks);
        crimeAreas = ListValues.copy(crimeAreas);
    }

    @Override
    public RecordType type() {
        return RecordType.PERSON;
    }

    @Override
    public String label() {
        PersonName primary = primaryName();
        String name = primary == null ? "(no name)" : primary.display();
        return dateOfBirth == null ? name : name + ", born " + dateOfBirth;
    }

    public PersonName primaryName() {
        return names.stream().filter(n -> n.kind() == PersonName.Kind.PRIMARY).findFirst()
                .orElse(names.isEmpty() ? null : names.get(0));
    }

    @Override
    public void validate(Problems p) {
        if (names.isEmpty()) {
            p.add("names", "at least one name is required");
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null) {
                p.add("names[" + i + "]", "is empty");
            } else {
                names.get(i).validate(p.at("names[" + i + "]"));
            }
        }
        if (names.stream().filter(n -> n != null && n.kind() == PersonName.Kind.PRIMARY).count() > 1) {
            p.add("names", "only one name can be the primary name");
        }
        if (dateOfBirth != null && dateOfBirth.isAfter(LocalDate.now())) {
            p.add("dateOfBirth", "is in the future");
        }
        p.maxLength(placeOfBirth, "placeOfBirth", 200);
        Countries.check(nationalities, "nationalities", p);
        for (int i = 0; i < identityDocuments.size(); i++) {
            if (identityDocuments.get(i) == null) {
                p.add("identityDocuments[" + i + "]", "is empty");
            } else {
                identityDocuments.get(i).validate(p.at("identityDocuments[" + i + "]"));
            }
        }
        ListValues.reportNulls(distinguishingMarks, "distinguishingMarks", p);
        ListValues.reportNulls(crimeAreas, "crimeAreas", p);
        for (int i = 0; i < distinguishingMarks.size(); i++) {
            p.maxLength(distinguishingMarks.get(i), "distinguishingMarks[" + i + "]", 500);
        }
        p.maxLength(summary, "summary", 10_000);
    }

    @Override
    public PersonData normalize() {
        List<PersonName> n = new ArrayList<>();
        boolean hasPrimary = names.stream().anyMatch(x -> x.kind() == PersonName.Kind.PRIMARY);
        for (int i = 0; i < names.size(); i++) {
            n.add(names.get(i).normalized(i == 0 && !hasPrimary));
        }
        List<IdentityDocument> docs = identityDocuments.stream()
                .map(d -> new IdentityDocument(d.type(), DocumentNumbers.normalize(d.number()), d.country())).toList();
        return new PersonData(n, sex, dateOfBirth, placeOfBirth, nationalities, docs, distinguishingMarks, status,
                crimeAreas, summary);
    }
}
