package org.eads.screening.internal.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Writes a name's tokens as one line of text and reads them back, so that the index can store a name normalised
 * once, when the record is indexed, instead of normalising every candidate again at each search. Control characters
 * separate tokens, fields and list items: names never contain them (records refuse them).
 */
public final class NameTokenCodec {

    private static final String TOKENS = "\u001E";
    private static final String FIELDS = "\u001F";
    private static final String ITEMS = "\u001D";

    private NameTokenCodec() {
    }

    public static String encode(List<NameToken> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (NameToken t : tokens) {
            out.add(String.join(FIELDS, t.original(), t.latin(), String.join(ITEMS, t.romanisations()),
                    String.join(ITEMS, t.variantKeys()), String.join(ITEMS, t.phoneticKeys()), t.part().name(),
                    t.common() ? "1" : "0"));
        }
        return String.join(TOKENS, out);
    }

    public static List<NameToken> decode(String encoded) {
        if (encoded.isEmpty()) {
            return List.of();
        }
        List<NameToken> tokens = new ArrayList<>();
        for (String token : encoded.split(TOKENS, -1)) {
            String[] f = token.split(FIELDS, -1);
            if (f.length != 7) {
                throw new IllegalArgumentException("Not an encoded name token: " + token.length() + " characters");
            }
            tokens.add(new NameToken(f[0], f[1], items(f[2]), Set.copyOf(items(f[3])), Set.copyOf(items(f[4])),
                    NamePart.valueOf(f[5]), f[6].equals("1")));
        }
        return tokens;
    }

    private static List<String> items(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(ITEMS, -1));
    }
}
