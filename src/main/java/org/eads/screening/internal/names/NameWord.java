package org.eads.screening.internal.names;

import java.util.List;

/**
 * A word on its way through the name filters: its original script form, Latin form and folded ASCII forms
 * (primary first).
 */
record NameWord(String original, int script, String latin, List<String> folded, NamePart part) {

    NameWord {
        folded = List.copyOf(folded);
    }

    String key() {
        return folded.getFirst();
    }

    NameWord withPart(NamePart newPart) {
        return new NameWord(original, script, latin, folded, newPart);
    }
}
