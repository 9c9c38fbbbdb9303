package org.eads.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eads.sharing.SharingLevel;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

    private final RecordCodec codec = new RecordCodec();

    @Test
    void readsTheMinimalPerson() {
        var parsed = codec.read("""
                {"type":"PERSON","names":[{"full":"Ahmad Faizal bin Rahman"}],"dateOfBirth":"1984-03-12",
                 "nationalities":["MYS"],"sharingLevel":"NATIONAL"}""");
        PersonData person = (PersonData) parsed.input().data();
        assertThat(person.primaryName().full()).isEqualTo("Ahmad Faizal bin Rahman");
        assertThat(person.primaryName().kind()).isEqualTo(PersonName.Kind.PRIMARY);
        assertThat(person.primaryName().script()).isEqualTo("Latin");
        assertThat(person.dateOfBirth()).isEqualTo(PartialDate.parse("1984-03-12"));
        assertThat(parsed.input().sharingLevel()).isEqualTo(SharingLevel.NATIONAL);
        assertThat(parsed.input().classification()).isEqualTo(Classification.RESTRICTED);
    }

    @Test
    void detectsTheScriptOfANativeName() {
        var parsed = codec.read("""
                {"type":"PERSON","names":[{"full":"สมชาย ใจดี","latin":"Somchai Jaidee"}],"sharingLevel":"MEMBERS"}""");
        assertThat(((PersonData) parsed.input().data()).primaryName().script()).isEqualTo("Thai");
    }

    @Test
    void reportsEveryProblemWithItsField() {
        assertThatThrownBy(() -> codec.read("""
                {"type":"PERSON","names":[{"full":"X"}],"dateOfBirth":"1984-13-40","nationalities":["XXX"],
                 "sharingLevel":"EVERYONE"}"""))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(Problems.FieldProblem::field).contains("sharingLevel", "dateOfBirth"));
        assertThatThrownBy(() -> codec.read("""
                {"type":"PERSON","names":[{"full":"X"}],"nationalities":["XXX"],"sharingLevel":"SELECTED"}"""))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(Problems.FieldProblem::field).contains("nationalities[0]", "sharedWith"));
    }

    @Test
    void rejectsUnknownFieldsByName() {
        assertThatThrownBy(() -> codec.read("""
                {"type":"VEHICLE","plate":"ABC123","plateCountry":"THA","status":"STOLEN","colour":"red",
                 "wheels":4,"sharingLevel":"MEMBERS"}"""))
                .isInstanceOfSatisfying(InvalidRecordException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("wheels"));
    }

    @Test
    void normalisesIndicators() {
        var parsed = codec.read("""
                {"type":"INDICATOR","indicatorType":"PHONE","value":"012-345 6789","country":"MYS",
                 "sharingLevel":"MEMBERS"}""");
        assertThat(((IndicatorData) parsed.input().data()).normalized()).isEqualTo("+60123456789");
    }

    @Test
    void roundTripsThroughStorage() {
        var parsed = codec.read("""
                {"type":"FIREARM","serialNumber":"ab-1234","make":"Glock","firearmType":"PISTOL","status":"STOLEN",
                 "sharingLevel":"MEMBERS"}""");
        String json = codec.dataJson(parsed.input().data());
        assertThat(codec.dataFromJson(RecordType.FIREARM, json)).isEqualTo(parsed.input().data());
    }

    @Test
    void reportsEveryUnreadableFieldAndTheRestOfTheValidationAtOnce() {
        assertThatThrownBy(() -> codec.read("""
                {"type":"PERSON","names":[{"latin":"Somchai"}],"dateOfBirth":"1984-13","sex":"X","status":[1],
                 "nationalities":["XXX"],"sharingLevel":"SELECTED"}"""))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(Problems.FieldProblem::field)
                        .containsExactlyInAnyOrder("dateOfBirth", "sex", "status", "names[0].full", "nationalities[0]",
                                "sharedWith"));
    }
}
