package org.eads.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.eads.records.Classification;
import org.eads.records.Countries;
import org.eads.records.IndicatorData;
import org.eads.records.IndicatorData.IndicatorType;
import org.eads.records.PersonData;
import org.eads.records.PersonName;
import org.eads.records.Problems;
import org.eads.records.RecordInput;
import org.eads.records.RecordType;
import org.eads.records.VehicleData;
import org.eads.sharing.HandlingCode;
import org.eads.sharing.SharingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemoRecordGeneratorTest {

    private static final int PER_MEMBER = 3000;
    private static final Map<String, UnicodeScript> NATIVE_SCRIPTS = Map.of("THA", UnicodeScript.THAI,
            "LAO", UnicodeScript.LAO, "KHM", UnicodeScript.KHMER, "MMR", UnicodeScript.MYANMAR);

    static List<String> members() {
        return RecordGenerator.MEMBERS;
    }

    private static List<RecordInput> records(String member, long seed, int count) {
        return RecordGenerator.generate(member, seed).limit(count).toList();
    }

    @ParameterizedTest
    @MethodSource("members")
    void everyRecordValidatesAndNormalises(String member) {
        for (RecordInput input : records(member, 7, PER_MEMBER)) {
            Problems problems = new Problems();
            input.validate(problems);
            assertThat(problems.list()).as("%s", input.data()).isEmpty();
            assertThat(input.data().normalize().label()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("members")
    void mixesTypesSharingLevelsHandlingAndClassifications(String member) {
        List<RecordInput> records = records(member, 11, PER_MEMBER);
        Map<RecordType, Integer> types = new EnumMap<>(RecordType.class);
        Set<SharingLevel> levels = EnumSet.noneOf(SharingLevel.class);
        Set<HandlingCode> codes = EnumSet.noneOf(HandlingCode.class);
        LocalDate today = LocalDate.now();
        for (RecordInput r : records) {
            types.merge(r.type(), 1, Integer::sum);
            levels.add(r.sharingLevel());
            codes.addAll(r.handlingCodes());
            if (r.sharingLevel() == SharingLevel.SELECTED) {
                assertThat(r.sharedWith()).hasSizeBetween(1, 3).doesNotContain(member);
                assertThat(RecordGenerator.MEMBERS).containsAll(r.sharedWith());
            }
            if (r.handlingCodes().contains(HandlingCode.H3)) {
                assertThat(r.handlingNote()).isNotBlank();
            }
            assertThat(r.reviewDate()).isAfter(today).isBefore(today.plusYears(10));
        }
        assertThat(levels).containsExactlyInAnyOrder(SharingLevel.values());
        assertThat(codes).containsExactlyInAnyOrder(HandlingCode.values());
        assertThat(records.stream().map(RecordInput::classification).distinct())
                .containsExactlyInAnyOrder(Classification.values());
        assertThat(share(types, RecordType.PERSON, records.size())).isBetween(40.0, 50.0);
        assertThat(share(types, RecordType.TRAVEL_DOCUMENT, records.size())).isBetween(16.0, 24.0);
        assertThat(share(types, RecordType.INDICATOR, records.size())).isBetween(16.0, 24.0);
        assertThat(share(types, RecordType.VEHICLE, records.size())).isBetween(5.0, 9.0);
        assertThat(share(types, RecordType.FIREARM, records.size())).isBetween(3.5, 6.5);
        assertThat(share(types, RecordType.ORGANISATION, records.size())).isBetween(2.0, 4.5);
    }

    private static double share(Map<RecordType, Integer> counts, RecordType type, int total) {
        return 100.0 * counts.getOrDefault(type, 0) / total;
    }

    @ParameterizedTest
    @MethodSource("members")
    void namesOfThaiLaoKhmerAndBurmeseNationalsAreInTheirScriptWithLatinForms(String member) {
        int checked = 0;
        for (RecordInput r : records(member, 3, PER_MEMBER)) {
            if (!(r.data() instanceof PersonData p)) {
                continue;
            }
            UnicodeScript script = NATIVE_SCRIPTS.get(nationality(p));
            if (script == null) {
                continue;
            }
            PersonName primary = p.primaryName();
            assertThat(scriptsOf(primary.full())).as(primary.full()).containsExactly(script);
            assertThat(primary.latin()).as(primary.full()).isNotBlank();
            assertThat(scriptsOf(primary.latin())).as(primary.latin()).containsExactly(UnicodeScript.LATIN);
            assertThat(primary.script()).isEqualTo(title(script));
            checked++;
        }
        if (NATIVE_SCRIPTS.containsKey(member)) {
            assertThat(checked).isGreaterThan(PER_MEMBER / 4);
        }
    }

    /** The first nationality; unidentified bodies have none. */
    private static String nationality(PersonData p) {
        return p.nationalities().isEmpty() ? "" : p.nationalities().get(0);
    }

    private static Set<UnicodeScript> scriptsOf(String text) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        text.codePoints().mapToObj(UnicodeScript::of)
                .filter(s -> s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED).forEach(scripts::add);
        return scripts;
    }

    private static String title(UnicodeScript s) {
        String n = s.name().toLowerCase();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    @Test
    void burmeseNamesHaveNoHonorificExceptInAliases() {
        for (RecordInput r : records("MMR", 5, PER_MEMBER)) {
            if (r.data() instanceof PersonData p && nationality(p).equals("MMR")) {
                assertThat(p.primaryName().latin()).doesNotStartWith("U ").doesNotStartWith("Daw ");
                String latin = p.primaryName().latin();
                p.names().stream().filter(n -> n.kind() == PersonName.Kind.ALIAS)
                        .forEach(a -> assertThat(a.latin()).isIn("U " + latin, "Daw " + latin));
            }
        }
    }

    @Test
    void malaysianAndVietnameseNamesFollowTheirConventions() {
        List<PersonName> malaysian = primaryNames("MYS");
        assertThat(malaysian).anyMatch(n -> n.full().contains(" bin "))
                .anyMatch(n -> n.full().contains(" binti "))
                .anyMatch(n -> n.full().contains(" a/l ") || n.full().contains(" a/p "));
        List<PersonData> mysPersons = persons("MYS");
        assertThat(mysPersons).anyMatch(p -> p.names().stream().anyMatch(n -> "Han".equals(n.script())
                && n.latin() != null && n.kind() == PersonName.Kind.ALIAS));
        assertThat(primaryNames("SGP")).anyMatch(n -> n.full().contains(" s/o ") || n.full().contains(" d/o "))
                .anyMatch(n -> n.full().startsWith("Tan ") || n.full().startsWith("Lim ") || n.full().startsWith("Ng "))
                .anyMatch(n -> n.full().startsWith("Chan ") || n.full().startsWith("Wong "))
                .anyMatch(n -> n.full().startsWith("Chen ") || n.full().startsWith("Zhang ") || n.full().startsWith("Lin "));
        assertThat(primaryNames("BRN")).anyMatch(n -> n.full().startsWith("Haji ") || n.full().startsWith("Hajah "));
        assertThat(primaryNames("IDN")).anyMatch(n -> !n.full().contains(" "));
        assertThat(primaryNames("PHL")).anyMatch(n -> n.full().split(" ").length >= 3)
                .anyMatch(n -> n.full().contains(" dela ") || n.full().contains(" de los ") || n.full().contains(" del "));
        assertThat(persons("VNM")).filteredOn(p -> nationality(p).equals("VNM")).allSatisfy(p -> {
            assertThat(p.primaryName().full().split(" ")).hasSize(3);
            p.names().stream().filter(n -> n.kind() == PersonName.Kind.ALIAS)
                    .forEach(a -> assertThat(a.full()).matches("[A-Za-z ]+"));
        }).anyMatch(p -> !p.primaryName().full().matches("[A-Za-z ]+"));
        assertThat(persons("KHM")).filteredOn(p -> nationality(p).equals("KHM"))
                .allSatisfy(p -> assertThat(p.primaryName().latin().split(" ")).hasSize(2));
        assertThat(persons("THA")).anyMatch(p -> p.names().stream()
                .anyMatch(n -> n.kind() == PersonName.Kind.ALIAS && "Latin".equals(n.script())));
    }

    private List<PersonData> persons(String member) {
        return records(member, 13, 2000).stream().map(RecordInput::data).filter(PersonData.class::isInstance)
                .map(PersonData.class::cast).toList();
    }

    private List<PersonName> primaryNames(String member) {
        return persons(member).stream().filter(p -> nationality(p).equals(member))
                .map(PersonData::primaryName).toList();
    }

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
        LocalDate asOf = LocalDate.now();
        for (String member : RecordGenerator.MEMBERS) {
            var a = new RecordGenerator(member, 99, asOf, RecordMix.DEFAULT).stream().limit(500).toList();
            var b = new RecordGenerator(member, 99, asOf, RecordMix.DEFAULT).stream().limit(500).toList();
            var c = new RecordGenerator(member, 100, asOf, RecordMix.DEFAULT).stream().limit(500).toList();
            assertThat(a).isEqualTo(b);
            assertThat(a).isNotEqualTo(c);
        }
        assertThat(records("THA", 1, 50)).isNotEqualTo(records("LAO", 1, 50));
    }

    @Test
    void everyVinCarriesACorrectIso3779CheckDigit() {
        int vins = 0;
        for (String member : RecordGenerator.MEMBERS) {
            var generator = new RecordGenerator(member, 21, LocalDate.now(), RecordMix.only(RecordType.VEHICLE));
            for (int i = 0; i < 500; i++) {
                VehicleData v = (VehicleData) generator.next().data();
                if (v.vin() != null) {
                    assertThat(v.vin()).matches("[A-HJ-NPR-Z0-9]{17}");
                    assertThat(v.vin().charAt(8)).as(v.vin()).isEqualTo(checkDigit(v.vin()));
                    vins++;
                }
                if (v.plate() != null) {
                    assertThat(v.plateCountry()).isNotNull();
                }
            }
        }
        assertThat(vins).isGreaterThan(4000);
    }

    /** ISO 3779 check digit, written independently of the records module's. */
    private static char checkDigit(String vin) {
        String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        int[] letterValues = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
        int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = vin.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : letterValues[letters.indexOf(c)];
            sum += value * weights[i];
        }
        int r = sum % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }

    @Test
    void phoneNumbersAndWalletsAreValidMobileNumbersOfTheirCountry() throws NumberParseException {
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        Map<String, Integer> checked = new java.util.TreeMap<>();
        for (String member : RecordGenerator.MEMBERS) {
            var generator = new RecordGenerator(member, 31, LocalDate.now(), RecordMix.only(RecordType.INDICATOR));
            for (int i = 0; i < 3000; i++) {
                IndicatorData d = (IndicatorData) generator.next().data();
                if (d.indicatorType() != IndicatorType.PHONE && d.indicatorType() != IndicatorType.E_WALLET) {
                    continue;
                }
                String region = Countries.alpha2(d.country());
                var number = phones.parse(d.value(), region);
                assertThat(phones.isValidNumberForRegion(number, region)).as("%s in %s", d.value(), region).isTrue();
                assertThat(phones.getNumberType(number)).as(d.value())
                        .isIn(PhoneNumberUtil.PhoneNumberType.MOBILE, PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE);
                checked.merge(d.country(), 1, Integer::sum);
            }
        }
        assertThat(checked.keySet()).containsAll(RecordGenerator.MEMBERS);
    }

    @Test
    void indicatorsCoverEveryTypeAndNormalise() {
        Set<IndicatorType> seen = EnumSet.noneOf(IndicatorType.class);
        List<String> providers = new ArrayList<>();
        for (String member : RecordGenerator.MEMBERS) {
            var generator = new RecordGenerator(member, 41, LocalDate.now(), RecordMix.only(RecordType.INDICATOR));
            for (int i = 0; i < 1000; i++) {
                IndicatorData d = (IndicatorData) generator.next().data();
                seen.add(d.indicatorType());
                assertThat(d.normalize().normalized()).as(d.value()).isNotBlank();
                if (d.provider() != null) {
                    providers.add(d.provider());
                }
                if (d.indicatorType() == IndicatorType.CRYPTO_WALLET && d.value().startsWith("T")) {
                    assertThat(d.value()).hasSize(34);
                }
                if (d.indicatorType() == IndicatorType.URL || d.indicatorType() == IndicatorType.DOMAIN
                        || d.indicatorType() == IndicatorType.EMAIL) {
                    assertThat(d.normalize().normalized()).matches(".*\\.(example|test)(/.*|\\?.*)?");
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(IndicatorType.values());
        assertThat(providers).contains("GCash", "TrueMoney Wallet", "GoPay", "OVO", "Touch 'n Go eWallet", "MoMo",
                "USDT (TRC-20)", "Maybank", "Kasikornbank");
    }
}
