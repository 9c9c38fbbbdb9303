package org.eads.demo.internal;

import java.util.ArrayList;
import java.util.List;

import org.eads.records.PersonName;

/**
 * Indonesian names: many people, especially Javanese, have a single name (Suharto, Wahyudi); others have two or more
 * parts that are given names rather than family names, except among the Batak and Minahasans (Siregar, Wenas).
 * People are often known by the first part alone.
 */
final class IndonesianNames implements NamingCulture {

    private final BySex single = BySex.read("names/indonesian-single.csv", 2);
    private final BySex first = BySex.read("names/indonesian-first.csv", 2);
    private final BySex last = BySex.read("names/indonesian-last.csv", 2);

    @Override
    public String id() {
        return "indonesian";
    }

    @Override
    public GeneratedName name(Rng rng, boolean male) {
        if (rng.percent(30)) {
            String name = single.pick(rng, male)[1];
            return new GeneratedName(List.of(Names.primary(name, null, "Latin", "id")), name, name);
        }
        String a = first.pick(rng, male)[1];
        String full = a + " " + last.pick(rng, male)[1];
        List<PersonName> names = new ArrayList<>(2);
        names.add(Names.primary(full, null, "Latin", "id"));
        if (rng.percent(20)) {
            names.add(Names.latinAlias(a, "id"));
        }
        return new GeneratedName(names, full, full);
    }
}
