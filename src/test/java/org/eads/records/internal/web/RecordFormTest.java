package org.eads.records.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.Problems.FieldProblem;
import org.eads.records.RecordCodec;
import org.eads.records.RecordType;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.node.ObjectNode;

/** The form and its JSON: every field of every type is on the form, and a form round-trips through the codec. */
@SpringBootTest
class RecordFormTest {

    @Autowired RecordFields fields;
    @Autowired RecordCodec codec;
    @Autowired Records records;
    @Autowired Users users;

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void everyFieldOfTheTypeIsOnItsForm(RecordType type) {
        assertThat(names(fields.of(type))).isEqualTo(components(type.dataClass()));
        for (FieldSpec f : fields.of(type)) {
            if (f.kind() == FieldKind.ROWS) {
                RecordComponent list = Arrays.stream(type.dataClass().getRecordComponents())
                        .filter(c -> c.getName().equals(f.name())).findFirst().orElseThrow();
                Class<?> row = (Class<?>) ((ParameterizedType) list.getGenericType()).getActualTypeArguments()[0];
                assertThat(names(f.columns())).as(f.name()).isEqualTo(components(row));
            }
        }
    }

    @Test
    void theEnvelopeCoversEveryEnvelopeFieldAClientMaySend() {
        EadsUser user = TestUsers.create(users, "PHL", Role.OFFICER);
        assertThat(names(fields.envelope(user))).containsExactlyInAnyOrder("sharingLevel", "sharedWith",
                "handlingCodes", "handlingNote", "classification", "reviewDate", "agencyId");
        assertThat(fields.envelope(user).stream().filter(f -> f.name().equals("sharedWith")).findFirst().orElseThrow()
                .choices()).extracting(Choice::value).doesNotContain("PHL").contains("THA", "AUS");
    }

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void aStoredRecordComesBackUnchangedThroughItsForm(RecordType type) {
        EadsUser user = TestUsers.create(users, "VNM", Role.OFFICER);
        SharedRecord stored = records.create(user, codec.read(example(type)).input());
        List<FieldSpec> all = all(type, user);
        ObjectNode json = RecordForm.fromJson(type, all, codec.write(stored)).toJson(all, codec.mapper());
        assertThat(codec.read(json).input()).isEqualTo(stored.toInput());
    }

    @Test
    void emptyRowsAreDroppedAndTheRestRenumbered() {
        MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
        posted.add("names[0].full", "");
        posted.add("names[2].full", "Nguyễn Văn An");
        posted.add("names[2].latin", "Nguyen Van An");
        posted.add("names[7].full", "Anh Ba");
        posted.add("names[7].kind", "ALIAS");
        posted.add("names[8].bogus", "ignored");
        posted.add("nationalities", "VNM");
        posted.add("nationalities", "");
        posted.add("distinguishingMarks", "scar\n\n  tattoo  \n");
        posted.add("sharingLevel", "MEMBERS");
        posted.add("agencyId", "15");
        EadsUser user = TestUsers.create(users, "VNM", Role.OFFICER);
        List<FieldSpec> all = all(RecordType.PERSON, user);
        RecordForm form = RecordForm.fromRequest(RecordType.PERSON, all, posted);
        assertThat(form.filledRows("names")).isEqualTo(2);
        assertThat(form.value("names[0].latin")).isEqualTo("Nguyen Van An");
        ObjectNode json = form.toJson(all, codec.mapper());
        assertThat(json.toString()).isEqualTo("""
                {"type":"PERSON","names":[{"full":"Nguyễn Văn An","latin":"Nguyen Van An"},{"full":"Anh Ba","kind":"ALIAS"}],\
                "nationalities":["VNM"],"distinguishingMarks":["scar","tattoo"],"sharingLevel":"MEMBERS","agencyId":15}""");
    }

    @Test
    void problemsLandNextToTheirInputsAndInTheSummary() {
        EadsUser user = TestUsers.create(users, "VNM", Role.OFFICER);
        List<FieldSpec> envelope = fields.envelope(user);
        RecordForm form = RecordForm.empty(RecordType.PERSON).withRowAdded("names");
        FormView view = FormView.of(form, fields.of(RecordType.PERSON), envelope, List.of(
                new FieldProblem("names[1].full", "is required"), new FieldProblem("nationalities[0]", "'XXX' is not a code"),
                new FieldProblem("names", "only one name can be the primary name"), new FieldProblem("", "the body is odd")),
                path -> fields.label(RecordType.PERSON, envelope, path), true);
        FieldView names = view.fields().get(0);
        assertThat(names.errors()).containsExactly("only one name can be the primary name");
        assertThat(names.rows()).hasSize(2);
        assertThat(names.rows().get(1).get(0).errors()).containsExactly("is required");
        assertThat(names.rows().get(1).get(0).describedBy()).isEqualTo("f-names-1-full-hint f-names-1-full-error");
        assertThat(view.fields().stream().filter(f -> f.name().equals("nationalities")).findFirst().orElseThrow().errors())
                .containsExactly("'XXX' is not a code");
        assertThat(view.summary()).extracting(FormView.SummaryItem::text).containsExactly(
                "Names, row 2, Name as written: is required", "Nationalities, item 1: 'XXX' is not a code",
                "Names: only one name can be the primary name", "the body is odd");
        assertThat(view.summary()).extracting(FormView.SummaryItem::anchor)
                .containsExactly("f-names-1-full", "f-nationalities", "f-names", null);
    }

    private List<FieldSpec> all(RecordType type, EadsUser user) {
        List<FieldSpec> all = new java.util.ArrayList<>(fields.of(type));
        all.addAll(fields.envelope(user));
        return all;
    }

    private static Set<String> names(List<FieldSpec> specs) {
        return specs.stream().map(FieldSpec::name).collect(Collectors.toSet());
    }

    private static Set<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    /** A record of the type with every field filled in. */
    static String example(RecordType type) {
        String envelope = """
                "sharingLevel":"SELECTED","sharedWith":["KHM","LAO"],"handlingCodes":["H2","H3"],"handlingNote":"Call first",
                "classification":"SECRET","reviewDate":"%s\"""".formatted(java.time.LocalDate.now().plusYears(3));
        return switch (type) {
            case PERSON -> """
                    {"type":"PERSON","names":[{"full":"Nguyễn Văn An","latin":"Nguyen Van An","script":"Latin","language":"vi","kind":"PRIMARY"},
                     {"full":"Anh Ba","kind":"ALIAS"}],"sex":"MALE","dateOfBirth":"1990-07","placeOfBirth":"Hải Phòng",
                     "nationalities":["VNM","KHM"],"identityDocuments":[{"type":"PASSPORT","number":"C1234567","country":"VNM"}],
                     "distinguishingMarks":["dragon tattoo"],"status":"SUSPECT","crimeAreas":["ONLINE_SCAM","MONEY_LAUNDERING"],
                     "summary":"Recruiter for a compound.",%s}""".formatted(envelope);
            case TRAVEL_DOCUMENT -> """
                    {"type":"TRAVEL_DOCUMENT","documentType":"PASSPORT","number":"C 765-4321","issuingCountry":"VNM",
                     "holderName":"Tran Thi B","holderDateOfBirth":"1988","status":"STOLEN","dateReported":"2025-01-15",
                     "summary":"Stolen in Hanoi.",%s}""".formatted(envelope);
            case VEHICLE -> """
                    {"type":"VEHICLE","vin":"1HGCM82633A004352","plate":"29A-123.45","plateCountry":"VNM","make":"Honda",
                     "model":"Accord","colour":"black","year":2003,"status":"USED_IN_CRIME","summary":"Getaway car.",%s}"""
                    .formatted(envelope);
            case FIREARM -> """
                    {"type":"FIREARM","serialNumber":"K54-99812","make":"Norinco","model":"Type 54","calibre":"7.62x25mm",
                     "firearmType":"PISTOL","status":"TRAFFICKED","summary":"Seized at the border.",%s}""".formatted(envelope);
            case ORGANISATION -> """
                    {"type":"ORGANISATION","names":["Golden Dragon Group","GDG"],"organisationType":"SCAM_COMPOUND_OPERATOR",
                     "countries":["KHM","MMR"],"crimeAreas":["ONLINE_SCAM"],"summary":"Runs compounds.",%s}""".formatted(envelope);
            case INDICATOR -> """
                    {"type":"INDICATOR","indicatorType":"BANK_ACCOUNT","value":"0123456789","country":"VNM",
                     "provider":"Vietcombank","summary":"Mule account.",%s}""".formatted(envelope);
        };
    }
}
