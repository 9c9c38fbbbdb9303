package org.eads.records;

import java.util.List;

/** An organisation: a criminal group, a company, a scam compound operator. The first name is the main one. */
public record OrganisationData(
        List<String> names,
        OrganisationType organisationType,
        List<String> countries,
        List<CrimeArea> crimeAreas,
        String summary) implements RecordData {

    public enum OrganisationType { CRIMINAL_GROUP, TERRORIST_GROUP, COMPANY, SHELL_COMPANY, SCAM_COMPOUND_OPERATOR, OTHER }

    public OrganisationData {
        names = ListValues.copy(names);
        countries = ListValues.copy(countries);
        crimeAreas = ListValues.copy(crimeAreas);
    }

    @Override
    public RecordType type() {
        return RecordType.ORGANISATION;
    }

    @Override
    public String label() {
        return names.isEmpty() ? "(no name)" : names.get(0) + (names.size() > 1 ? " (aka " + names.get(1) + ")" : "");
    }

    @Override
    public void validate(Problems p) {
        if (names.isEmpty()) {
            p.add("names", "at least one name is required");
        }
        for (int i = 0; i < names.size(); i++) {
            p.require(names.get(i), "names[" + i + "]");
            p.maxLength(names.get(i), "names[" + i + "]", 300);
        }
        p.require(organisationType, "organisationType");
        ListValues.reportNulls(crimeAreas, "crimeAreas", p);
        Countries.check(countries, "countries", p);
        p.maxLength(summary, "summary", 10_000);
    }

    @Override
    public OrganisationData normalize() {
        return new OrganisationData(names.stream().map(n -> n.strip().replaceAll("\\s+", " ")).toList(),
                organisationType, countries, crimeAreas, summary);
    }
}
