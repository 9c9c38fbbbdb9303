package org.eads.records;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** The writing system of a name: the script most of its letters are in. */
final class Scripts {

    private Scripts() {
    }

    static String detect(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> counts.merge(UnicodeScript.of(cp), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> display(e.getKey())).orElse("Latin");
    }

    private static String display(UnicodeScript s) {
        String n = s.name().toLowerCase();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
