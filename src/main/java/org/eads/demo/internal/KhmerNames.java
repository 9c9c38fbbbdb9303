package org.eads.demo.internal;

import java.util.List;

/**
 * Khmer: family name first, then given name, in Khmer script with the usual romanisation. Foreign records often
 * turn the order round, so the given-name-first form is a common alias.
 */
final class KhmerNames implements NamingCulture {

    private final BySex given = BySex.read("names/khmer-given.csv", 3);
    private final List<String[]> family = DataFile.read("names/khmer-family.csv", 2);

    @Override
    public String id() {
        return "khmer";
    }

    @Override
    public GeneratedName name(Rng rng, boolean male) {
        String[] g = given.pick(rng, male);
        String[] f = rng.pick(family);
        String latin = f[1] + " " + g[2];
        var primary = Names.primary(f[0] + " " + g[1], latin, "Khmer", "km");
        if (rng.percent(30)) {
            return new GeneratedName(List.of(primary, Names.latinAlias(g[2] + " " + f[1], "km")), latin, latin);
        }
        return new GeneratedName(List.of(primary), latin, latin);
    }
}
