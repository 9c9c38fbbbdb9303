package org.eads.demo.internal;

import java.util.List;
import java.util.Locale;

/** Lao: given name then family name, in Lao script with the usual (French-influenced) romanisation. */
final class LaoNames implements NamingCulture {

    private final BySex given = BySex.read("names/lao-given.csv", 3);
    private final List<String[]> family = DataFile.read("names/lao-family.csv", 2);

    @Override
    public String id() {
        return "lao";
    }

    @Override
    public GeneratedName name(Rng rng, boolean male) {
        String[] g = given.pick(rng, male);
        String[] f = rng.pick(family);
        String latin = g[2] + " " + f[1];
        if (rng.percent(15)) {
            // Lao officials and documents often give the family name first in Latin letters.
            return new GeneratedName(List.of(Names.primary(g[1] + " " + f[0], latin, "Lao", "lo"),
                    Names.latinAlias(f[1].toUpperCase(Locale.ROOT) + " " + g[2], "lo")), latin, latin);
        }
        return new GeneratedName(List.of(Names.primary(g[1] + " " + f[0], latin, "Lao", "lo")), latin, latin);
    }
}
