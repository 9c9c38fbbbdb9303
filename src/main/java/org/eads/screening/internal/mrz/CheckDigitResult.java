package org.eads.screening.internal.mrz;

import java.util.List;

/**
 * One check digit of the zone, whether it agrees, and what it should have been.
 *
 * @param checkedText the characters the digit is computed over, as read
 * @param line 1-based line of the check digit
 * @param position 1-based position of the check digit
 * @param suggestions readings that would make it agree, fewest substitutions first; empty unless OCR tolerance was
 *     asked for and one was found; several when the scan is ambiguous
 */
public record CheckDigitResult(CheckedField field, String checkedText, int line, int position, char expected, char found,
        boolean valid, List<OcrSuggestion> suggestions) {

    public CheckDigitResult {
        suggestions = List.copyOf(suggestions);
    }
}
