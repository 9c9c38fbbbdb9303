package org.eads.demo.internal;

import java.util.ArrayList;
import java.util.List;

import org.eads.records.PersonName;

/**
 * Chinese-Indonesian names: an Indonesian or Western given name and an Indonesianised family name (Wijaya, Halim,
 * Tanoto) adopted in place of the Chinese one. The Chinese name, in Han characters with its Dutch-era Hokkien
 * spelling (Oei, Liem, Tjoa), is still often known and recorded as an alias.
 */
final class ChineseIndonesianNames implements NamingCulture {

    /** Indonesian family name, Han family name, Hokkien spelling. */
    private final List<String[]> family = DataFile.read("names/chinese-indonesian-family.csv", 3);
    private final BySex given = BySex.read("names/chinese-indonesian-given.csv", 2);
    /** sex, Han, dialect romanisation, Pinyin. */
    private final BySex chineseGiven = BySex.read("names/chinese-given.csv", 4);

    @Override
    public String id() {
        return "chinese-indonesian";
    }

    @Override
    public GeneratedName name(Rng rng, boolean male) {
        String[] f = rng.pick(family);
        String full = given.pick(rng, male)[1] + " " + f[0];
        List<PersonName> names = new ArrayList<>(2);
        names.add(Names.primary(full, null, "Latin", "id"));
        if (rng.percent(40)) {
            String[] g = chineseGiven.pick(rng, male);
            names.add(Names.alias(f[1] + g[1], f[2] + " " + g[2], "Han", "zh"));
        }
        return new GeneratedName(names, full, full);
    }
}
