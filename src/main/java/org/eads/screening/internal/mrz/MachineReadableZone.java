package org.eads.screening.internal.mrz;

import java.util.List;

/**
 * A machine readable zone read field by field. Values are as the zone states them, even where a check digit fails:
 * the check digit results say how far to trust each one.
 *
 * @param documentCode the one or two letter code, fillers removed (P, PD, I, ID, A, C, V ...)
 * @param documentNumber fillers removed; for TD1 and TD2 it includes the characters continued in the optional data
 *     when the number is longer than 9
 * @param sexCode the character as written (M, F, X or '<')
 * @param optionalData the optional data fields in order of appearance, trailing fillers removed, empty strings kept
 *     so the position of each is fixed per format: TD1 line 1 and line 2 (line 1 without a continued document
 *     number), TD2 and visas one field, TD3 the personal number
 * @param checkDigits every check digit of the format, in the order the zone holds them
 * @param problems what else could not be read cleanly: impossible dates, unknown codes, an unknown sex character
 * @param lines the zone as cleaned and read
 */
public record MachineReadableZone(
        MrzFormat format,
        String documentCode,
        MrzCountry issuingState,
        MrzName name,
        String documentNumber,
        MrzCountry nationality,
        MrzDate dateOfBirth,
        Sex sex,
        char sexCode,
        MrzDate dateOfExpiry,
        List<String> optionalData,
        List<CheckDigitResult> checkDigits,
        List<MrzProblem> problems,
        List<String> lines) {

    public MachineReadableZone {
        optionalData = List.copyOf(optionalData);
        checkDigits = List.copyOf(checkDigits);
        problems = List.copyOf(problems);
        lines = List.copyOf(lines);
    }

    /** Every check digit agrees and nothing else was wrong. */
    public boolean valid() {
        return problems.isEmpty() && checkDigits.stream().allMatch(CheckDigitResult::valid);
    }

    public CheckDigitResult checkDigit(CheckedField field) {
        return checkDigits.stream().filter(c -> c.field() == field).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(format.label() + " has no " + field + " check digit"));
    }
}
