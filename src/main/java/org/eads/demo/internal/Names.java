package org.eads.demo.internal;

import org.eads.records.PersonName;

/** Small helpers shared by the naming cultures. */
final class Names {

    private Names() {
    }

    static PersonName primary(String full, String latin, String script, String language) {
        return new PersonName(full, latin, script, language, PersonName.Kind.PRIMARY);
    }

    static PersonName alias(String full, String latin, String script, String language) {
        return new PersonName(full, latin, script, language, PersonName.Kind.ALIAS);
    }

    static PersonName latinAlias(String full, String language) {
        return new PersonName(full, null, "Latin", language, PersonName.Kind.ALIAS);
    }

    /** The first letter of a name part in capitals with a full stop, as in "Maria S. Reyes". */
    static String initial(String part) {
        return Character.toUpperCase(part.charAt(0)) + ".";
    }
}
