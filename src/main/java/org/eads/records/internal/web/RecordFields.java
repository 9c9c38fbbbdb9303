package org.eads.records.internal.web;

import static org.eads.records.internal.web.FieldKind.CHECKBOXES;
import static org.eads.records.internal.web.FieldKind.DATE;
import static org.eads.records.internal.web.FieldKind.DERIVED;
import static org.eads.records.internal.web.FieldKind.LINES;
import static org.eads.records.internal.web.FieldKind.LONG_TEXT;
import static org.eads.records.internal.web.FieldKind.MULTI_SELECT;
import static org.eads.records.internal.web.FieldKind.NUMBER;
import static org.eads.records.internal.web.FieldKind.PARTIAL_DATE;
import static org.eads.records.internal.web.FieldKind.RADIOS;
import static org.eads.records.internal.web.FieldKind.SELECT;
import static org.eads.records.internal.web.FieldKind.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eads.identity.EadsUser;
import org.eads.member.Members;
import org.eads.records.CrimeArea;
import org.eads.records.FirearmData;
import org.eads.records.IndicatorData;
import org.eads.records.OrganisationData;
import org.eads.records.PersonData;
import org.eads.records.PersonName;
import org.eads.records.RecordType;
import org.eads.records.TravelDocumentData;
import org.eads.records.VehicleData;
import org.eads.sharing.HandlingCode;
import org.eads.sharing.SharingLevel;
import org.springframework.stereotype.Component;

/**
 * The fields of each record type and of the envelope, as forms and the record page show them. The names are those
 * of the JSON form (a test checks that every field of every type is here), so a form converts to the JSON that
 * {@code RecordCodec} reads without any per-type code.
 */
@Component
class RecordFields {

    private static final String SUMMARY_HINT = "What an officer elsewhere needs to know: the case, the risk, whom to contact.";
    private static final Pattern PATH_PART = Pattern.compile("(\\w+)(?:\\[(\\d+)])?");

    private final Members members;
    private final List<Choice> countries;
    private final Map<RecordType, List<FieldSpec>> fields = new EnumMap<>(RecordType.class);

    RecordFields(Members members) {
        this.members = members;
        this.countries = countryChoices();
        fields.put(RecordType.PERSON, person());
        fields.put(RecordType.TRAVEL_DOCUMENT, travelDocument());
        fields.put(RecordType.VEHICLE, vehicle());
        fields.put(RecordType.FIREARM, firearm());
        fields.put(RecordType.ORGANISATION, organisation());
        fields.put(RecordType.INDICATOR, indicator());
    }

    List<FieldSpec> of(RecordType type) {
        return fields.get(type);
    }

    /** What a record of the type is, for the type chooser. */
    static String describe(RecordType type) {
        return switch (type) {
            case PERSON -> "Wanted, missing, suspect, person of interest, victim, or a deceased person not yet identified.";
            case TRAVEL_DOCUMENT -> "A stolen, lost, revoked or fraudulent passport, ID card or visa.";
            case VEHICLE -> "A vehicle stolen, wanted or used in crime.";
            case FIREARM -> "A firearm stolen, lost, trafficked or recovered.";
            case ORGANISATION -> "A criminal group, terrorist group, company, shell company or scam compound operator.";
            case INDICATOR -> "A phone number, e-mail, bank account, e-wallet, URL, domain, crypto wallet or social media handle.";
        };
    }

    /**
     * The envelope: who may see the record and on what conditions. The members to share with leave out the user's
     * own member, which always sees its records.
     */
    List<FieldSpec> envelope(EadsUser user) {
        List<Choice> levels = Arrays.stream(SharingLevel.values())
                .map(l -> new Choice(l.name(), RecordText.levelName(l), RecordText.levelHelp(l))).toList();
        List<Choice> others = members.all().stream().filter(m -> !m.code().equals(user.memberCode()))
                .map(m -> new Choice(m.code(), m.name() + " (" + m.code() + ")")).toList();
        List<Choice> codes = Arrays.stream(HandlingCode.values())
                .map(c -> new Choice(c.name(), c.name() + ": " + c.meaning())).toList();
        List<Choice> agencies = members.agenciesOf(user.memberCode()).stream()
                .map(a -> new Choice(Long.toString(a.id()), a.name())).toList();
        return List.of(
                FieldSpec.choice("sharingLevel", "Who may see this record", RADIOS, levels).mandatory(),
                FieldSpec.choice("sharedWith", "Members to share with", CHECKBOXES, others)
                        .hint("Only with \"Selected members\": tick each member that may see the record."),
                FieldSpec.choice("handlingCodes", "Handling codes", CHECKBOXES, codes)
                        .hint("Conditions that travel with the record wherever it is shown or exported."),
                FieldSpec.of("handlingNote", "Handling note", LONG_TEXT)
                        .hint("Required with H3: say what the conditions are."),
                FieldSpec.choice("classification", "Classification", SELECT, enumChoices(
                        org.eads.records.Classification.values())).hint("RESTRICTED when not chosen."),
                FieldSpec.of("reviewDate", "Review date", DATE)
                        .hint("When the record must be reviewed; five years from today when empty, ten at most."),
                FieldSpec.choice("agencyId", "Originating agency", SELECT, agencies).asNumber()
                        .hint("Your own agency when not chosen."));
    }

    /** The words for a field path such as {@code names[1].latin}: "Names, row 2, Latin form". */
    String label(RecordType type, List<FieldSpec> envelope, String path) {
        List<FieldSpec> level = new ArrayList<>(of(type));
        level.addAll(envelope);
        StringBuilder out = new StringBuilder();
        for (String part : path.split("\\.")) {
            Matcher m = PATH_PART.matcher(part);
            if (!m.matches()) {
                return path;
            }
            Optional<FieldSpec> spec = level.stream().filter(f -> f.name().equals(m.group(1))).findFirst();
            out.append(out.isEmpty() ? "" : ", ").append(spec.map(FieldSpec::label).orElse(m.group(1)));
            if (m.group(2) != null) {
                out.append(spec.map(f -> f.kind() == FieldKind.ROWS ? ", row " : f.kind() == LINES ? ", line " : ", item ")
                        .orElse(" ")).append(Integer.parseInt(m.group(2)) + 1);
            }
            level = spec.map(FieldSpec::columns).orElse(List.of());
        }
        return out.toString();
    }

    /** "Malaysia (MYS)" for a country code. */
    String country(String code) {
        return countries.stream().filter(c -> c.value().equals(code)).map(Choice::label).findFirst().orElse(code);
    }

    private List<FieldSpec> person() {
        return List.of(
                FieldSpec.rows("names", "Names", List.of(
                        FieldSpec.of("full", "Name as written", TEXT).mandatory()
                                .hint("In its own script, as on the document."),
                        FieldSpec.of("latin", "Latin form", TEXT).hint("If the name is written in another script."),
                        FieldSpec.of("script", "Script", TEXT).hint("Detected when empty (Latin, Thai, Han, ...)."),
                        FieldSpec.of("language", "Language", TEXT).hint("A language tag such as ms, th, vi."),
                        FieldSpec.choice("kind", "Primary or alias", SELECT, enumChoices(PersonName.Kind.values()))
                                .hint("The first name is primary when none is chosen.")))
                        .mandatory().hint("Leave a row empty to remove it."),
                FieldSpec.choice("sex", "Sex", SELECT, enumChoices(PersonData.Sex.values())),
                FieldSpec.of("dateOfBirth", "Date of birth", PARTIAL_DATE)
                        .hint("yyyy-mm-dd, or yyyy-mm or yyyy when only that is known."),
                FieldSpec.of("placeOfBirth", "Place of birth", TEXT),
                FieldSpec.choice("nationalities", "Nationalities", MULTI_SELECT, countries)
                        .hint("Hold Ctrl (or Cmd) to choose more than one."),
                FieldSpec.rows("identityDocuments", "Identity documents", List.of(
                        FieldSpec.choice("type", "Document type", SELECT,
                                enumChoices(TravelDocumentData.DocumentType.values())),
                        FieldSpec.of("number", "Number", TEXT).mandatory(),
                        FieldSpec.choice("country", "Issuing country", SELECT, countries)))
                        .hint("Leave a row empty to remove it."),
                FieldSpec.of("distinguishingMarks", "Distinguishing marks", LINES).hint("One mark per line."),
                FieldSpec.choice("status", "Status", SELECT, enumChoices(PersonData.Status.values())),
                FieldSpec.choice("crimeAreas", "Crime areas", MULTI_SELECT, enumChoices(CrimeArea.values())),
                FieldSpec.of("summary", "Summary", LONG_TEXT).hint(SUMMARY_HINT));
    }

    private List<FieldSpec> travelDocument() {
        return List.of(
                FieldSpec.choice("documentType", "Document type", SELECT,
                        enumChoices(TravelDocumentData.DocumentType.values())).mandatory(),
                FieldSpec.of("number", "Number", TEXT).mandatory().hint("As printed; spaces and dashes are ignored in searches."),
                FieldSpec.of("normalizedNumber", "Number as searched", DERIVED),
                FieldSpec.choice("issuingCountry", "Issuing country", SELECT, countries).mandatory(),
                FieldSpec.of("holderName", "Holder's name", TEXT),
                FieldSpec.of("holderDateOfBirth", "Holder's date of birth", PARTIAL_DATE)
                        .hint("yyyy-mm-dd, or yyyy-mm or yyyy when only that is known."),
                FieldSpec.choice("status", "Status", SELECT, enumChoices(TravelDocumentData.Status.values())).mandatory(),
                FieldSpec.of("dateReported", "Date reported", DATE),
                FieldSpec.of("summary", "Summary", LONG_TEXT).hint(SUMMARY_HINT));
    }

    private List<FieldSpec> vehicle() {
        return List.of(
                FieldSpec.of("vin", "VIN", TEXT).hint("17 characters. A VIN or a plate is required."),
                FieldSpec.of("plate", "Plate", TEXT),
                FieldSpec.choice("plateCountry", "Plate country", SELECT, countries).hint("Required with a plate."),
                FieldSpec.of("make", "Make", TEXT),
                FieldSpec.of("model", "Model", TEXT),
                FieldSpec.of("colour", "Colour", TEXT),
                FieldSpec.of("year", "Model year", NUMBER),
                FieldSpec.choice("status", "Status", SELECT, enumChoices(VehicleData.Status.values())).mandatory(),
                FieldSpec.of("summary", "Summary", LONG_TEXT).hint(SUMMARY_HINT));
    }

    private List<FieldSpec> firearm() {
        return List.of(
                FieldSpec.of("serialNumber", "Serial number", TEXT).mandatory(),
                FieldSpec.of("normalizedSerial", "Serial as searched", DERIVED),
                FieldSpec.of("make", "Make", TEXT).mandatory(),
                FieldSpec.of("model", "Model", TEXT),
                FieldSpec.of("calibre", "Calibre", TEXT).hint("Such as 9x19mm or .38 Special."),
                FieldSpec.choice("firearmType", "Firearm type", SELECT, enumChoices(FirearmData.FirearmType.values())).mandatory(),
                FieldSpec.choice("status", "Status", SELECT, enumChoices(FirearmData.Status.values())).mandatory(),
                FieldSpec.of("summary", "Summary", LONG_TEXT).hint(SUMMARY_HINT));
    }

    private List<FieldSpec> organisation() {
        return List.of(
                FieldSpec.of("names", "Names", LINES).mandatory()
                        .hint("One name per line; the first is the main name, the others are also known as."),
                FieldSpec.choice("organisationType", "Organisation type", SELECT,
                        enumChoices(OrganisationData.OrganisationType.values())).mandatory(),
                FieldSpec.choice("countries", "Countries of activity", MULTI_SELECT, countries)
                        .hint("Hold Ctrl (or Cmd) to choose more than one."),
                FieldSpec.choice("crimeAreas", "Crime areas", MULTI_SELECT, enumChoices(CrimeArea.values())),
                FieldSpec.of("summary", "Summary", LONG_TEXT).hint(SUMMARY_HINT));
    }

    private List<FieldSpec> indicator() {
        return List.of(
                FieldSpec.choice("indicatorType", "Indicator type", SELECT,
                        enumChoices(IndicatorData.IndicatorType.values())).mandatory(),
                FieldSpec.of("value", "Value", TEXT).mandatory().hint("As the victim or the source gave it."),
                FieldSpec.of("normalized", "Value as searched", DERIVED),
                FieldSpec.choice("country", "Country", SELECT, countries)
                        .hint("For phone numbers written without the country code."),
                FieldSpec.of("provider", "Provider", TEXT)
                        .hint("The bank, wallet or platform; required for bank accounts, e-wallets and social media."),
                FieldSpec.of("summary", "Summary", LONG_TEXT).hint(SUMMARY_HINT));
    }

    private static List<Choice> enumChoices(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), RecordText.humanize(v.name()))).toList();
    }

    /** Every ISO 3166-1 alpha-3 code the JDK knows, by English name. */
    private static List<Choice> countryChoices() {
        return Arrays.stream(Locale.getISOCountries())
                .map(a2 -> Locale.of("", a2))
                .map(l -> new Choice(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH) + " (" + l.getISO3Country() + ")"))
                .filter(c -> !c.value().isEmpty())
                .sorted(Comparator.comparing(Choice::label))
                .toList();
    }
}
