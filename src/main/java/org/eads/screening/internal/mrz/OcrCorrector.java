package org.eads.screening.internal.mrz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds readings of a field that satisfy its check digit by undoing the confusions OCR engines make in the MRZ
 * typeface (OCR-B): O/0, I/1, S/5, B/8, Z/2, G/6.
 */
final class OcrCorrector {

    private static final Map<Character, Character> LETTER_TO_DIGIT =
            Map.of('O', '0', 'I', '1', 'S', '5', 'B', '8', 'Z', '2', 'G', '6');
    private static final Map<Character, Character> DIGIT_TO_LETTER =
            Map.of('0', 'O', '1', 'I', '5', 'S', '8', 'B', '2', 'Z', '6', 'G');

    /**
     * Beyond this many confusable characters in one field the candidates that happen to pass a check digit (one in
     * ten) are too many to be worth a person's time.
     */
    private static final int MAX_CONFUSABLE = 12;

    /**
     * @param numeric the field holds digits only (dates), so every confusable letter is certainly a misread digit;
     *     otherwise (document and personal numbers) each confusable character may be either, and only the readings
     *     with the fewest changes are returned
     */
    List<OcrSuggestion> suggest(List<Cell> field, Cell check, boolean numeric) {
        List<Substitution> forced = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < field.size(); i++) {
            Cell cell = field.get(i);
            Character digit = LETTER_TO_DIGIT.get(cell.value());
            if (numeric && Character.isLetter(cell.value())) {
                if (digit == null) {
                    return List.of();
                }
                forced.add(new Substitution(cell.line(), cell.position(), cell.value(), digit));
            } else if (!numeric && (digit != null || DIGIT_TO_LETTER.containsKey(cell.value()))) {
                free.add(i);
            }
        }
        Substitution checkFix = checkDigitFix(check);
        if (checkFix == null && !Character.isDigit(check.value()) || free.size() > MAX_CONFUSABLE) {
            return List.of();
        }
        if (checkFix != null) {
            forced.add(checkFix);
        }
        List<OcrSuggestion> found = new ArrayList<>();
        for (int mask = 0; mask < 1 << free.size(); mask++) {
            List<Substitution> substitutions = new ArrayList<>(forced);
            for (int bit = 0; bit < free.size(); bit++) {
                if ((mask & 1 << bit) != 0) {
                    Cell cell = field.get(free.get(bit));
                    char swapped = LETTER_TO_DIGIT.getOrDefault(cell.value(), DIGIT_TO_LETTER.get(cell.value()));
                    substitutions.add(new Substitution(cell.line(), cell.position(), cell.value(), swapped));
                }
            }
            if (!substitutions.isEmpty()) {
                OcrSuggestion suggestion = verify(field, check, substitutions);
                if (suggestion != null) {
                    found.add(suggestion);
                }
            }
        }
        int fewest = found.stream().mapToInt(s -> s.substitutions().size()).min().orElse(0);
        return found.stream().filter(s -> s.substitutions().size() == fewest)
                .sorted(Comparator.comparing(OcrSuggestion::value)).toList();
    }

    /**
     * The composite check digit covers other fields, so the corrections already suggested for them are tried
     * together, with the composite digit itself if it was read as a letter.
     */
    List<OcrSuggestion> suggestWith(List<Cell> composite, Cell check, List<Substitution> known) {
        List<Substitution> substitutions = new ArrayList<>(known.stream()
                .filter(s -> composite.stream().anyMatch(c -> c.line() == s.line() && c.position() == s.position())
                        || s.line() == check.line() && s.position() == check.position())
                .toList());
        Substitution checkFix = checkDigitFix(check);
        if (checkFix != null && substitutions.stream().noneMatch(s -> s.position() == check.position()
                && s.line() == check.line())) {
            substitutions.add(checkFix);
        }
        if (substitutions.isEmpty()) {
            return List.of();
        }
        OcrSuggestion suggestion = verify(composite, check, substitutions);
        return suggestion == null ? List.of() : List.of(suggestion);
    }

    private static Substitution checkDigitFix(Cell check) {
        Character digit = LETTER_TO_DIGIT.get(check.value());
        return digit == null ? null : new Substitution(check.line(), check.position(), check.value(), digit);
    }

    private static OcrSuggestion verify(List<Cell> field, Cell check, List<Substitution> substitutions) {
        StringBuilder text = new StringBuilder(field.size());
        for (Cell cell : field) {
            text.append(replaced(cell, substitutions));
        }
        char checkDigit = replaced(check, substitutions);
        if (CheckDigits.of(text) != checkDigit) {
            return null;
        }
        return new OcrSuggestion(text.toString().replaceFirst("<+$", ""), checkDigit, substitutions);
    }

    private static char replaced(Cell cell, List<Substitution> substitutions) {
        for (Substitution s : substitutions) {
            if (s.line() == cell.line() && s.position() == cell.position()) {
                return s.suggested();
            }
        }
        return cell.value();
    }
}
