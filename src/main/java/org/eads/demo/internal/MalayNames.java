package org.eads.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eads.records.PersonName;

/**
 * Malay patronymic names: one or two given names, then bin (son of) or binti (daughter of; binte in Singapore) and
 * the father's name, as in Ahmad Faizal bin Rahman. In Brunei the names also carry the titles Haji or Hajah (after the pilgrimage,
 * written Hj and Hjh), Awang or Dayang, and the hereditary Pengiran, which belong to the name as registered.
 */
final class MalayNames implements NamingCulture {

    /** Names that only ever come first, and are rarely used alone: Muhammad Hafiz, Nur Aisyah, Siti Aminah. */
    private static final Set<String> LEADING = Set.of("Muhammad", "Mohd", "Mohammad", "Ahmad", "Nur", "Nurul", "Siti",
            "Nor");

    private final String id;
    private final BySex given;
    private final List<String> fathers;
    private final boolean titles;
    private final String daughterOf;

    private MalayNames(String id, String givenFile, String fatherFile, boolean titles, String daughterOf) {
        this.id = id;
        this.daughterOf = daughterOf;
        this.given = BySex.read(givenFile, 2);
        this.fathers = DataFile.column(fatherFile, 1, 0);
        this.titles = titles;
    }

    static MalayNames malaysian() {
        return new MalayNames("malay", "names/malay-given.csv", "names/malay-father.csv", false, "binti");
    }

    /** Singapore registers Malay women as binte rather than binti. */
    static MalayNames singaporean() {
        return new MalayNames("singaporean-malay", "names/malay-given.csv", "names/malay-father.csv", false, "binte");
    }

    static MalayNames bruneian() {
        return new MalayNames("brunei-malay", "names/brunei-given.csv", "names/brunei-father.csv", true,
                "binti");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public GeneratedName name(Rng rng, boolean male) {
        String first = given.pick(rng, male)[1];
        String personal = first;
        if (LEADING.contains(first) || rng.percent(50)) {
            String second = given.pick(rng, male)[1];
            while (LEADING.contains(second)) {
                second = given.pick(rng, male)[1];
            }
            personal = first + " " + second;
        }
        String father = rng.pick(fathers);
        String connector = male ? "bin" : daughterOf;
        List<PersonName> names = new ArrayList<>(3);
        if (titles) {
            return bruneian(rng, male, personal, connector, father, names);
        }
        String full = personal + " " + connector + " " + father;
        names.add(Names.primary(full, null, "Latin", "ms"));
        if (rng.percent(35)) {
            names.add(Names.latinAlias(personal + " " + father, "ms"));
        }
        if (personal.startsWith("Mohd ") && rng.percent(50)) {
            names.add(Names.latinAlias("Muhammad" + full.substring(4), "ms"));
        }
        return new GeneratedName(names, full, full);
    }

    private GeneratedName bruneian(Rng rng, boolean male, String personal, String connector, String father,
                                   List<PersonName> names) {
        boolean pengiran = rng.percent(4);
        String own = pengiran ? "Pengiran " : rng.percent(25) ? (male ? "Haji " : "Hajah ")
                : rng.percent(10) ? (male ? "Awang " : "Dayang ") : "";
        String fatherTitle = pengiran ? "Pengiran " : rng.percent(35) ? "Haji " : "";
        String full = own + personal + " " + connector + " " + fatherTitle + father;
        names.add(Names.primary(full, null, "Latin", "ms"));
        if (full.contains("Haji ") || full.contains("Hajah ")) {
            if (rng.percent(60)) {
                names.add(Names.latinAlias(full.replace("Hajah ", "Hjh ").replace("Haji ", "Hj "), "ms"));
            }
            if (rng.percent(25)) {
                names.add(Names.latinAlias(personal + " " + connector + " " + father, "ms"));
            }
        } else if (rng.percent(30)) {
            names.add(Names.latinAlias(personal + " " + father, "ms"));
        }
        return new GeneratedName(names, full, full);
    }
}
