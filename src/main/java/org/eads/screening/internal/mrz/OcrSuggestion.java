package org.eads.screening.internal.mrz;

import java.util.List;

/**
 * A reading of a field that makes its check digit agree, by undoing common scanner confusions. It is only a
 * suggestion: the parsed values keep what the zone says, and a person decides.
 *
 * @param value the corrected field, trailing fillers removed
 * @param checkDigit the check digit, corrected too where the scanner read it as a letter
 */
public record OcrSuggestion(String value, char checkDigit, List<Substitution> substitutions) {

    public OcrSuggestion {
        substitutions = List.copyOf(substitutions);
    }
}
