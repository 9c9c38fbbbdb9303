package org.eads.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eads.TestUsers;
import org.eads.alerts.AlertKind;
import org.eads.alerts.Alerts;
import org.eads.dvi.internal.FrequencyTables;
import org.eads.dvi.internal.dna.AlleleFrequencies;
import org.eads.dvi.internal.dna.Loci;
import org.eads.dvi.internal.matching.Assessment;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.InvalidRecordException;
import org.eads.records.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A body ranked against an operation's missing persons, stored as an officer enters them. */
@SpringBootTest
class DviMatchingTest {

    @Autowired Users users;
    @Autowired DviOperations operations;
    @Autowired DviFiles files;
    @Autowired DviMatching matching;
    @Autowired FrequencyTables tables;
    @Autowired Alerts alerts;

    private static DviFile.Input am(String number, String sex) {
        return new DviFile.Input(number, sex, 25, 40, null, null, null, null, null, null, null, null,
                "Person " + number, "THA", null, null);
    }

    /** Alleles per CODIS locus: the table's first and second (or second and third) listed alleles. */
    private static Map<String, List<String>> profile(AlleleFrequencies t, int shift) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String locus : Loci.CODIS_20) {
            List<String> alleles = new ArrayList<>(t.alleles(locus).keySet());
            out.put(locus, List.of(alleles.get(shift), alleles.get(shift + 1)));
        }
        return out;
    }

    @Test
    void theDirectReferenceRanksFirstAndTheWrongSexIsExcluded() {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        Operation o = operations.open(officer, new Operation.Input("Landslide " + System.nanoTime(), "Nan",
                LocalDate.of(2026, 8, 1), null, null, null, null, 120, Set.of()));
        AlleleFrequencies table = tables.get(o.frequencyTableId());
        Map<String, List<String>> victim = profile(table, 0);

        DviFile body = files.create(officer, o.id(), DviFile.Kind.PM, new DviFile.Input("PM-1", "FEMALE", 28, 38,
                null, null, null, null, null, null, null, null, null, null, null, null));
        files.addDna(officer, DviFile.Kind.PM, body.id(), new DnaProfileInput("PM_SAMPLE", "femur", null, null, victim, null));

        DviFile right = files.create(officer, o.id(), DviFile.Kind.AM, am("AM-1", "FEMALE"));
        files.addDna(officer, DviFile.Kind.AM, right.id(),
                new DnaProfileInput("DIRECT_REFERENCE", "toothbrush", null, null, victim, null));
        DviFile stranger = files.create(officer, o.id(), DviFile.Kind.AM, am("AM-2", "FEMALE"));
        files.addDna(officer, DviFile.Kind.AM, stranger.id(),
                new DnaProfileInput("DIRECT_REFERENCE", "razor", null, null, profile(table, 1), null));
        DviFile man = files.create(officer, o.id(), DviFile.Kind.AM, am("AM-3", "MALE"));
        DviFile child = files.create(officer, o.id(), DviFile.Kind.AM, am("AM-4", "FEMALE"));
        Map<String, List<String>> daughter = new LinkedHashMap<>();
        victim.forEach((locus, alleles) -> daughter.put(locus, List.of(alleles.get(0), alleles.get(0))));
        files.addDna(officer, DviFile.Kind.AM, child.id(),
                new DnaProfileInput("FAMILY_REFERENCE", "buccal swab", "Daughter", "CHILD", daughter, null));

        List<StoredCandidate> list = matching.candidates(officer, body.id());
        assertThat(list.getFirst().amNumber()).as("the list followed each AM file as it came").isEqualTo("AM-1");
        assertThat(list.getFirst().dnaKind()).isEqualTo("direct");
        assertThat(list.getFirst().status()).isEqualTo(StoredCandidate.Status.STRONG);
        assertThat(list).extracting(StoredCandidate::amNumber).as("excluded pairs are not listed")
                .doesNotContain("AM-2", "AM-3");
        StoredCandidate kin = list.stream().filter(c -> c.amNumber().equals("AM-4")).findFirst().orElseThrow();
        assertThat(kin.dnaKind()).isEqualTo("kinship");
        assertThat(kin.log10Lr()).as("a daughter sharing an allele everywhere supports").isPositive();
        assertThat(matching.pair(officer, body.id(), stranger.id()).assessment().status())
                .isEqualTo(Assessment.Status.EXCLUDED);
        assertThat(matching.pair(officer, body.id(), man.id()).assessment().exclusions()).contains("the sexes differ");
        assertThat(matching.bodies(officer, right.id())).extracting(StoredCandidate::pmNumber).containsExactly("PM-1");
        assertThat(alerts.inbox(officer, Alerts.InboxFilter.ALL, 0, 50).entries()).anyMatch(e ->
                e.alert().kind() == AlertKind.DVI && e.alert().subject().equals("New strong candidate: body PM-1 for "
                        + "missing person AM-1 (Person AM-1)"));

        // A second body with the same DNA: two bodies claim one missing person.
        DviFile twin = files.create(officer, o.id(), DviFile.Kind.PM, new DviFile.Input("PM-2", "FEMALE", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null));
        files.addDna(officer, DviFile.Kind.PM, twin.id(), new DnaProfileInput("PM_SAMPLE", "tooth", null, null, victim, null));
        assertThat(matching.conflicts(officer, o.id())).anyMatch(c -> c.kind() == MatchingConflict.Kind.SHARED_MISSING_PERSON
                && c.amFileIds().equals(List.of(right.id())) && c.pmFileIds().size() == 2);
        files.addDna(officer, DviFile.Kind.PM, twin.id(), new DnaProfileInput("PM_SAMPLE", "rib", null, null,
                profile(table, 2), null));
        assertThat(matching.conflicts(officer, o.id())).anyMatch(c -> c.kind() == MatchingConflict.Kind.COMMINGLED
                && c.pmFileIds().equals(List.of(twin.id())));
    }

    @Test
    void fingerprintsAndImplantSerialsAreEvidenceAndAFullRunRebuildsTheLists() throws InterruptedException {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        Operation o = operations.open(officer, new Operation.Input("Flood " + System.nanoTime(), "Hat Yai",
                LocalDate.of(2026, 9, 1), null, null, null, null, 50, Set.of()));
        DviFile body = files.create(officer, o.id(), DviFile.Kind.PM, new DviFile.Input("PM-7", "MALE", null, null,
                null, null, null, true, "AFIS-TH-77", null, null, null, null, null, null, null));
        DviFile a = files.create(officer, o.id(), DviFile.Kind.AM, am("AM-10", "MALE"));
        DviFile b = files.create(officer, o.id(), DviFile.Kind.AM, am("AM-11", "MALE"));
        assertThat(matching.candidates(officer, body.id())).allMatch(c -> c.status() == StoredCandidate.Status.INSUFFICIENT);

        files.implants(officer, DviFile.Kind.PM, body.id(), List.of(new DviFile.Implant("hip prosthesis", "Zimmer",
                "ZB-4471-09")));
        files.implants(officer, DviFile.Kind.AM, b.id(), List.of(new DviFile.Implant("hip", null, "zb 4471 09")));
        StoredCandidate implant = matching.candidates(officer, body.id()).getFirst();
        assertThat(implant.amNumber()).isEqualTo("AM-11");
        assertThat(implant.methods()).containsExactly("implant serial number");
        assertThat(implant.status()).as("secondary evidence never identifies alone").isNotEqualTo(StoredCandidate.Status.STRONG);

        assertThatThrownBy(() -> matching.decideFingerprints(officer, body.id(), a.id(), "EXCLUDED", null))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("note");
        matching.decideFingerprints(officer, body.id(), a.id(), "IDENTIFIED", null);
        StoredCandidate fingerprints = matching.candidates(officer, body.id()).getFirst();
        assertThat(fingerprints.amNumber()).isEqualTo("AM-10");
        assertThat(fingerprints.status()).isEqualTo(StoredCandidate.Status.STRONG);
        matching.decideFingerprints(officer, body.id(), b.id(), "EXCLUDED", "different pattern on the right thumb");
        assertThat(matching.candidates(officer, body.id())).extracting(StoredCandidate::amNumber).doesNotContain("AM-11");

        MatchingRun run = matching.startRun(officer, o.id());
        assertThat(run.bodies()).isEqualTo(1);
        for (int i = 0; i < 100 && !run.finished(); i++) {
            Thread.sleep(100);
            run = matching.latestRun(officer, o.id()).orElseThrow();
        }
        assertThat(run.status()).isEqualTo(MatchingRun.Status.DONE);
        assertThat(run.done()).isEqualTo(1);
        assertThat(matching.candidates(officer, body.id())).extracting(StoredCandidate::amNumber).containsExactly("AM-10");
    }

    @Test
    void aBulkLoadIsAllOrNothingAndEndsInAFullRun() throws InterruptedException {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        Operation o = operations.open(officer, new Operation.Input("Quake " + System.nanoTime(), "Chiang Rai",
                LocalDate.of(2026, 10, 1), null, null, null, null, 0, Set.of()));
        AlleleFrequencies table = tables.get(o.frequencyTableId());
        Map<String, Map<String, Object>> chart = Map.of("16", Map.of("status", "CROWN"),
                "36", Map.of("status", "FILLED", "surfaces", List.of("M", "O")));
        DviFiles.Collected body = new DviFiles.Collected(DviFile.Kind.PM, new DviFile.Input("PM-1", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null),
                List.of(new DnaProfileInput("PM_SAMPLE", "femur", null, null, profile(table, 0), null)), chart, null);
        DviFiles.Collected person = new DviFiles.Collected(DviFile.Kind.AM, am("AM-1", null),
                List.of(new DnaProfileInput("DIRECT_REFERENCE", "razor", null, null, profile(table, 0), null)), chart,
                null);
        DviFiles.Collected broken = new DviFiles.Collected(DviFile.Kind.AM, am("AM-2", "SOMETIMES"),
                List.of(new DnaProfileInput("FAMILY_REFERENCE", null, null, "COUSIN", profile(table, 1), null)), null,
                null);
        assertThatThrownBy(() -> files.load(officer, o.id(), List.of(body, person, broken)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(Problems.FieldProblem::field)
                        .containsExactlyInAnyOrder("files[2].sex", "files[2].dna[0].relationship"));
        assertThat(files.list(officer, o.id(), DviFile.Kind.AM, 0, 10)).isEmpty();

        MatchingRun run = files.load(officer, o.id(), List.of(body, person));
        for (int i = 0; i < 100 && !run.finished(); i++) {
            Thread.sleep(100);
            run = matching.latestRun(officer, o.id()).orElseThrow();
        }
        assertThat(run.status()).isEqualTo(MatchingRun.Status.DONE);
        DviFile pm = files.list(officer, o.id(), DviFile.Kind.PM, 0, 10).getFirst();
        StoredCandidate c = matching.candidates(officer, pm.id()).getFirst();
        assertThat(c.amNumber()).isEqualTo("AM-1");
        assertThat(c.methods()).containsExactly("DNA", "dental");
        assertThat(c.status()).isEqualTo(StoredCandidate.Status.STRONG);
    }
}
