package org.eads.screening.internal.mrz;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the machine readable zone of a passport, identity card or visa (ICAO Doc 9303: TD1, TD2, TD3, MRV-A, MRV-B)
 * from pasted or scanned text. Throws {@link MrzFormatException} only when the text is not a zone at all; a zone
 * with a wrong check digit is still read, because a forged or misread document is exactly what a search is for.
 * Holds no state between calls, so one instance serves every request.
 */
public final class MrzParser {

    private final MrzDates dates;
    private final IcaoCountryCodes countries = new IcaoCountryCodes();
    private final OcrCorrector corrector = new OcrCorrector();

    /** @param clock today decides the century of two-digit years */
    public MrzParser(Clock clock) {
        this.dates = new MrzDates(clock);
    }

    public MachineReadableZone parse(String text) {
        return parse(text, OcrTolerance.EXACT);
    }

    public MachineReadableZone parse(String text, OcrTolerance tolerance) {
        MrzLines lines = MrzLines.read(text);
        MrzLayout layout = MrzLayout.of(lines.format());
        List<MrzProblem> problems = new ArrayList<>();
        List<CheckDigitResult> checks = new ArrayList<>();
        boolean ocr = tolerance == OcrTolerance.SUGGEST_CORRECTIONS;

        List<String> optionalData = new ArrayList<>();
        layout.optionalData().forEach(slice -> optionalData.add(withoutFillers(slice.of(lines))));
        DocumentNumber number = documentNumber(lines, layout);
        if (number.remainingOptionalData() != null) {
            optionalData.set(0, number.remainingOptionalData());
        }
        checks.add(check(CheckedField.DOCUMENT_NUMBER, number.cells(), number.check(), false, ocr));
        checks.add(check(CheckedField.DATE_OF_BIRTH, Cell.of(lines, List.of(layout.dateOfBirth())),
                cell(lines, layout.dateOfBirthCheck()), true, ocr));
        checks.add(check(CheckedField.DATE_OF_EXPIRY, Cell.of(lines, List.of(layout.dateOfExpiry())),
                cell(lines, layout.dateOfExpiryCheck()), true, ocr));
        if (layout.optionalDataCheck() != null) {
            checks.add(personalNumberCheck(lines, layout, ocr));
        }
        if (layout.compositeCheck() != null) {
            checks.add(compositeCheck(lines, layout, checks, ocr));
        }

        return new MachineReadableZone(lines.format(),
                withoutFillers(layout.documentCode().of(lines)),
                country(lines, layout.issuingState(), "issuing state", problems),
                MrzName.parse(layout.name().of(lines)),
                withoutFillers(Cell.text(number.cells())),
                country(lines, layout.nationality(), "nationality", problems),
                dates.dateOfBirth(layout.dateOfBirth(), lines, problems),
                sex(lines, layout.sex(), problems),
                layout.sex().charOf(lines),
                dates.dateOfExpiry(layout.dateOfExpiry(), lines, problems),
                optionalData, checks, problems, lines.lines());
    }

    /**
     * @param remainingOptionalData what follows a continued number and its check digit in the optional data, or
     *     null when the number is not continued
     */
    private record DocumentNumber(List<Cell> cells, Cell check, String remainingOptionalData) {
    }

    /**
     * TD1 and TD2 fit a document number longer than 9 characters by writing '<' in the check digit position and
     * continuing the number in the optional data, followed by its check digit and a filler (Doc 9303 Part 5 and 6).
     */
    private static DocumentNumber documentNumber(MrzLines lines, MrzLayout layout) {
        List<Cell> principal = Cell.of(lines, List.of(layout.documentNumber()));
        Cell check = cell(lines, layout.documentNumberCheck());
        if (!layout.longDocumentNumber() || check.value() != '<') {
            return new DocumentNumber(principal, check, null);
        }
        Slice optional = layout.optionalData().get(0);
        String text = optional.of(lines);
        int end = text.indexOf('<');
        if (end < 2) {
            return new DocumentNumber(principal, check, null);
        }
        List<Cell> cells = new ArrayList<>(principal);
        cells.addAll(Cell.of(lines, List.of(new Slice(optional.line(), optional.start(), end - 1))));
        Cell continuedCheck = cell(lines, Slice.at(optional.line(), optional.start() + end - 1));
        return new DocumentNumber(cells, continuedCheck, withoutFillers(text.substring(end + 1)));
    }

    private CheckDigitResult check(CheckedField field, List<Cell> cells, Cell check, boolean numeric, boolean ocr) {
        char expected = CheckDigits.of(Cell.text(cells));
        boolean valid = expected == check.value();
        List<OcrSuggestion> suggestions = !valid && ocr ? corrector.suggest(cells, check, numeric) : List.of();
        return new CheckDigitResult(field, Cell.text(cells), check.line(), check.position(), expected, check.value(),
                valid, suggestions);
    }

    /** A TD3 without a personal number may leave its check digit as a filler instead of 0. */
    private CheckDigitResult personalNumberCheck(MrzLines lines, MrzLayout layout, boolean ocr) {
        List<Cell> cells = Cell.of(lines, layout.optionalData());
        Cell check = cell(lines, layout.optionalDataCheck());
        if (check.value() == '<' && Cell.text(cells).chars().allMatch(c -> c == '<')) {
            return new CheckDigitResult(CheckedField.PERSONAL_NUMBER, Cell.text(cells), check.line(),
                    check.position(), '<', '<', true, List.of());
        }
        return check(CheckedField.PERSONAL_NUMBER, cells, check, false, ocr);
    }

    private CheckDigitResult compositeCheck(MrzLines lines, MrzLayout layout, List<CheckDigitResult> fieldChecks,
            boolean ocr) {
        List<Cell> cells = Cell.of(lines, layout.composite());
        Cell check = cell(lines, layout.compositeCheck());
        CheckDigitResult result = check(CheckedField.COMPOSITE, cells, check, false, false);
        if (result.valid() || !ocr) {
            return result;
        }
        // Only corrections that are not ambiguous are carried into the composite: it cannot choose between readings.
        List<Substitution> known = fieldChecks.stream().filter(c -> c.suggestions().size() == 1)
                .flatMap(c -> c.suggestions().get(0).substitutions().stream()).toList();
        return new CheckDigitResult(result.field(), result.checkedText(), result.line(), result.position(),
                result.expected(), result.found(), false, corrector.suggestWith(cells, check, known));
    }

    private MrzCountry country(MrzLines lines, Slice slice, String what, List<MrzProblem> problems) {
        MrzCountry country = countries.resolve(slice.of(lines));
        if (country.kind() == MrzCountry.Kind.UNKNOWN) {
            problems.add(new MrzProblem(slice.line() + 1, slice.position(),
                    "The %s '%s' is not an ISO 3166 or ICAO country code".formatted(what, slice.of(lines))));
        }
        return country;
    }

    private static Sex sex(MrzLines lines, Slice slice, List<MrzProblem> problems) {
        char code = slice.charOf(lines);
        return switch (code) {
            case 'M' -> Sex.MALE;
            case 'F' -> Sex.FEMALE;
            case 'X', '<' -> Sex.UNSPECIFIED;
            default -> {
                problems.add(new MrzProblem(slice.line() + 1, slice.position(),
                        "The sex '%s' is not M, F, X or <".formatted(code)));
                yield Sex.UNSPECIFIED;
            }
        };
    }

    private static Cell cell(MrzLines lines, Slice slice) {
        return new Cell(slice.line() + 1, slice.position(), slice.charOf(lines));
    }

    /** Fillers pad a field at its end; inside a field they stand for spaces or punctuation and are kept. */
    private static String withoutFillers(String field) {
        return field.replaceFirst("<+$", "");
    }
}
