package org.eads.screening.internal.mrz;

import java.util.List;

/**
 * Where each field sits in one format (Doc 9303 Parts 4 to 7). Absent check digits are null: visas have no
 * composite check digit and only TD3 protects its optional data (the personal number).
 *
 * @param optionalData the optional data fields in order of appearance; the first is where TD1 and TD2 continue a
 *     document number longer than 9 characters
 * @param composite the fields the composite check digit covers, check digits included
 */
record MrzLayout(
        Slice documentCode,
        Slice issuingState,
        Slice name,
        Slice documentNumber,
        Slice documentNumberCheck,
        Slice nationality,
        Slice dateOfBirth,
        Slice dateOfBirthCheck,
        Slice sex,
        Slice dateOfExpiry,
        Slice dateOfExpiryCheck,
        List<Slice> optionalData,
        Slice optionalDataCheck,
        Slice compositeCheck,
        List<Slice> composite,
        boolean longDocumentNumber) {

    static MrzLayout of(MrzFormat format) {
        return switch (format) {
            case TD1 -> new MrzLayout(new Slice(0, 0, 2), new Slice(0, 2, 3), new Slice(2, 0, 30),
                    new Slice(0, 5, 9), Slice.at(0, 14), new Slice(1, 15, 3),
                    new Slice(1, 0, 6), Slice.at(1, 6), Slice.at(1, 7), new Slice(1, 8, 6), Slice.at(1, 14),
                    List.of(new Slice(0, 15, 15), new Slice(1, 18, 11)), null,
                    Slice.at(1, 29), List.of(new Slice(0, 5, 25), new Slice(1, 0, 7), new Slice(1, 8, 7),
                            new Slice(1, 18, 11)), true);
            case TD2 -> twoLine(31, 7, null, Slice.at(1, 35),
                    List.of(new Slice(1, 0, 10), new Slice(1, 13, 7), new Slice(1, 21, 14)), true);
            case TD3 -> twoLine(39, 14, Slice.at(1, 42), Slice.at(1, 43),
                    List.of(new Slice(1, 0, 10), new Slice(1, 13, 7), new Slice(1, 21, 22)), false);
            case MRV_A -> twoLine(39, 16, null, null, List.of(), false);
            case MRV_B -> twoLine(31, 8, null, null, List.of(), false);
        };
    }

    /** TD2, TD3 and both visas share their first 28 characters of line 2 and differ only after them. */
    private static MrzLayout twoLine(int nameLength, int optionalLength, Slice optionalCheck, Slice compositeCheck,
            List<Slice> composite, boolean longDocumentNumber) {
        return new MrzLayout(new Slice(0, 0, 2), new Slice(0, 2, 3), new Slice(0, 5, nameLength),
                new Slice(1, 0, 9), Slice.at(1, 9), new Slice(1, 10, 3),
                new Slice(1, 13, 6), Slice.at(1, 19), Slice.at(1, 20), new Slice(1, 21, 6), Slice.at(1, 27),
                List.of(new Slice(1, 28, optionalLength)), optionalCheck, compositeCheck, composite, longDocumentNumber);
    }
}
