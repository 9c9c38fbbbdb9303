package org.eads.demo.internal;

import java.util.List;

/**
 * Burmese: one personal name of one to four syllables, no family name, written without spaces in Myanmar script.
 * The name is stored without honorific; the form with U (men) or Daw (women) is how adults are addressed and
 * appears as an alias.
 */
final class BurmeseNames implements NamingCulture {

    private final BySex names = BySex.read("names/burmese-names.csv", 3);

    @Override
    public String id() {
        return "burmese";
    }

    @Override
    public GeneratedName name(Rng rng, boolean male) {
        String[] n = names.pick(rng, male);
        var primary = Names.primary(n[1], n[2], "Myanmar", "my");
        if (rng.percent(30)) {
            var honorific = male ? Names.alias("ဦး" + n[1], "U " + n[2], "Myanmar", "my")
                    : Names.alias("ဒေါ်" + n[1], "Daw " + n[2], "Myanmar", "my");
            return new GeneratedName(List.of(primary, honorific), n[2], n[2]);
        }
        return new GeneratedName(List.of(primary), n[2], n[2]);
    }
}
