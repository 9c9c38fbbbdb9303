package org.eads.demo.internal;

import java.util.ArrayList;
import java.util.List;

import org.eads.records.PersonName;

/**
 * Filipino names: given name, middle name (the mother's maiden family name) and family name, as in Maria Santos
 * Reyes; family names keep their Spanish particles in lower case (dela Cruz, de los Santos). The middle name is
 * usually shortened to its initial, and nicknames (Jun-Jun, Inday) are what many people are known by.
 */
final class FilipinoNames implements NamingCulture {

    private final BySex given = BySex.read("names/filipino-given.csv", 2);
    private final List<String> family = DataFile.column("names/filipino-family.csv", 1, 0);
    private final BySex nicknames = BySex.read("names/filipino-nicknames.csv", 2);

    @Override
    public String id() {
        return "filipino";
    }

    @Override
    public GeneratedName name(Rng rng, boolean male) {
        String g = given.pick(rng, male)[1];
        String surname = rng.pick(family);
        List<PersonName> names = new ArrayList<>(3);
        String full;
        if (rng.percent(70)) {
            String middle = rng.pick(family);
            if (middle.equals(surname)) {
                middle = rng.pick(family);
            }
            full = g + " " + middle + " " + surname;
            names.add(Names.primary(full, null, "Latin", "fil"));
            if (rng.percent(40)) {
                names.add(Names.latinAlias(g + " " + Names.initial(middle) + " " + surname, "fil"));
            }
        } else {
            full = g + " " + surname;
            names.add(Names.primary(full, null, "Latin", "fil"));
        }
        if (rng.percent(25)) {
            names.add(Names.latinAlias(nicknames.pick(rng, male)[1], "fil"));
        }
        return new GeneratedName(names, full, full);
    }
}
