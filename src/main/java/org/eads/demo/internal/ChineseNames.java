package org.eads.demo.internal;

import java.util.ArrayList;
import java.util.List;

import org.eads.records.PersonName;

/**
 * Chinese names as registered in Singapore, Malaysia and Brunei: family name first, romanised in the family's
 * dialect (Hokkien and Teochew Tan, Lim, Ng, Teo; Cantonese Chan, Wong) or, for people born in China or registered
 * recently, in Hanyu Pinyin (Chen, Lin, Huang, Zhang). The Han characters are an alias with the same Latin form, and
 * many people also use an English given name before the family name.
 */
final class ChineseNames implements NamingCulture {

    private enum System { HOKKIEN, CANTONESE, PINYIN }

    /** Han, Hokkien, Cantonese, Pinyin. */
    private final List<String[]> family;
    /** sex, Han, dialect romanisation, Pinyin. */
    private final BySex given;
    private final BySex english;
    private final String id;
    private final Weighted<System> systems;
    private final int dialectGivenPercent;
    private final int englishPercent;

    ChineseNames(String id, int hokkien, int cantonese, int pinyin, int dialectGivenPercent, int englishPercent) {
        this.id = id;
        this.family = DataFile.read("names/chinese-family.csv", 4);
        this.given = BySex.read("names/chinese-given.csv", 4);
        this.english = BySex.read("names/english-given.csv", 2);
        this.systems = Weighted.<System>builder().add(System.HOKKIEN, hokkien).add(System.CANTONESE, cantonese)
                .add(System.PINYIN, pinyin).build();
        this.dialectGivenPercent = dialectGivenPercent;
        this.englishPercent = englishPercent;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public GeneratedName name(Rng rng, boolean male) {
        String[] f = rng.pick(family);
        String[] g = given.pick(rng, male);
        System system = systems.pick(rng);
        String surname = switch (system) {
            case HOKKIEN -> f[1];
            case CANTONESE -> f[2];
            case PINYIN -> f[3];
        };
        String givenLatin = system != System.PINYIN && rng.percent(dialectGivenPercent) ? g[2] : g[3];
        String latin = surname + " " + givenLatin;
        List<PersonName> names = new ArrayList<>(3);
        names.add(Names.primary(latin, null, "Latin", "zh"));
        if (rng.percent(80)) {
            names.add(Names.alias(f[0] + g[1], latin, "Han", "zh"));
        }
        if (rng.percent(englishPercent)) {
            names.add(Names.latinAlias(english.pick(rng, male)[1] + " " + surname, "en"));
        }
        return new GeneratedName(names, latin, latin);
    }
}
