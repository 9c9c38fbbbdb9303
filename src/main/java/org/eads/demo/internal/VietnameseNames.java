package org.eads.demo.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.eads.records.PersonName;

/**
 * Vietnamese: family name, middle name, given name, in Latin letters with diacritics (Nguyễn Văn An). The same
 * name without diacritics is how it is often typed abroad and in bank records, and it is a common alias.
 */
final class VietnameseNames implements NamingCulture {

    private final List<Part> family = DataFile.column("names/vietnamese-family.csv", 1, 0).stream().map(Part::of).toList();
    private final Parts middle = Parts.of("names/vietnamese-middle.csv");
    private final Parts given = Parts.of("names/vietnamese-given.csv");

    @Override
    public String id() {
        return "vietnamese";
    }

    @Override
    public GeneratedName name(Rng rng, boolean male) {
        Part f = rng.pick(family);
        Part m = middle.pick(rng, male);
        Part g = given.pick(rng, male);
        String full = f.text + " " + m.text + " " + g.text;
        String ascii = f.ascii + " " + m.ascii + " " + g.ascii;
        List<PersonName> names = new ArrayList<>(3);
        names.add(Names.primary(full, null, "Latin", "vi"));
        if (rng.percent(40)) {
            names.add(Names.latinAlias(ascii, "vi"));
        }
        if (rng.percent(10)) {
            names.add(Names.latinAlias(g.ascii + " " + m.ascii + " " + f.ascii, "vi"));
        }
        return new GeneratedName(names, full, ascii);
    }

    /** A name part with its form without diacritics, folded once when the file is read. */
    record Part(String text, String ascii) {
        static Part of(String text) {
            String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
            String folded = Normalizer.normalize(nfc.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            return new Part(nfc, folded);
        }
    }

    private record Parts(List<Part> male, List<Part> female) {
        static Parts of(String file) {
            BySex rows = BySex.read(file, 2);
            return new Parts(rows.male().stream().map(r -> Part.of(r[1])).toList(),
                    rows.female().stream().map(r -> Part.of(r[1])).toList());
        }

        Part pick(Rng rng, boolean isMale) {
            return rng.pick(isMale ? male : female);
        }
    }
}
