package org.eads.demo.internal;

import java.util.ArrayList;
import java.util.List;

import org.eads.records.PersonName;

/**
 * Thai: given name then family name, in Thai script with the RTGS romanisation as the Latin form. Passports often
 * spell the same name differently (Jaidee for RTGS Chaidi), and people are widely known by a one-syllable nickname.
 */
final class ThaiNames implements NamingCulture {

    /** sex, Thai, RTGS, passport spelling (empty when the same as RTGS). */
    private final BySex given = BySex.read("names/thai-given.csv", 4);
    /** Thai, RTGS, passport spelling (empty when the same as RTGS). */
    private final List<String[]> family = DataFile.read("names/thai-family.csv", 3);
    private final BySex nicknames = BySex.read("names/thai-nicknames.csv", 3);

    @Override
    public String id() {
        return "thai";
    }

    @Override
    public GeneratedName name(Rng rng, boolean male) {
        String[] g = given.pick(rng, male);
        String[] f = rng.pick(family);
        String latin = g[2] + " " + f[1];
        String passport = (g[3].isEmpty() ? g[2] : g[3]) + " " + (f[2].isEmpty() ? f[1] : f[2]);
        List<PersonName> names = new ArrayList<>(3);
        names.add(Names.primary(g[1] + " " + f[0], latin, "Thai", "th"));
        if (!passport.equals(latin) && rng.percent(55)) {
            names.add(Names.latinAlias(passport, "th"));
        }
        if (rng.percent(20)) {
            String[] n = nicknames.pick(rng, male);
            names.add(Names.alias(n[1], n[2], "Thai", "th"));
        }
        return new GeneratedName(names, latin, passport);
    }
}
