package org.eads.demo.internal;

import java.util.ArrayList;
import java.util.List;

import org.eads.records.PersonName;

/**
 * Tamil and other South Indian names in Malaysia and Singapore: a given name and the father's name joined by a/l or
 * a/p (anak lelaki, anak perempuan) in Malaysia and s/o or d/o in Singapore. Without the connector, and with the
 * father's initial before the given name, are the usual other forms.
 */
final class IndianNames implements NamingCulture {

    private final String id;
    private final String son;
    private final String daughter;
    private final BySex given = BySex.read("names/indian-given.csv", 2);
    private final List<String> fathers = DataFile.column("names/indian-father.csv", 1, 0);

    IndianNames(String id, String son, String daughter) {
        this.id = id;
        this.son = son;
        this.daughter = daughter;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public GeneratedName name(Rng rng, boolean male) {
        String g = given.pick(rng, male)[1];
        String father = rng.pick(fathers);
        String full = g + " " + (male ? son : daughter) + " " + father;
        List<PersonName> names = new ArrayList<>(3);
        names.add(Names.primary(full, null, "Latin", "ta"));
        if (rng.percent(40)) {
            names.add(Names.latinAlias(g + " " + father, "ta"));
        }
        if (rng.percent(20)) {
            names.add(Names.latinAlias(Names.initial(father) + " " + g, "ta"));
        }
        return new GeneratedName(names, full, full);
    }
}
