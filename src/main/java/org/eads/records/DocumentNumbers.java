package org.eads.records;

import java.util.Locale;

/** The one normal form of document numbers, VINs, plates and serial numbers: upper case, letters and digits only. */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        raw.toUpperCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
