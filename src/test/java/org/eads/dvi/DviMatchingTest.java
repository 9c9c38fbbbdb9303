package org.eads.dvi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eads.TestUsers;
import org.eads.dvi.internal.FrequencyTables;
import org.eads.dvi.internal.dna.AlleleFrequencies;
import org.eads.dvi.internal.dna.Loci;
import org.eads.dvi.internal.matching.Assessment;
import org.eads.dvi.internal.matching.Matcher;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
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

        List<Matcher.Candidate> ranked = matching.candidates(officer, body.id(), 10);
        assertThat(ranked.getFirst().number()).isEqualTo("AM-1");
        assertThat(ranked.getFirst().dnaKind()).isEqualTo("direct");
        assertThat(ranked.getFirst().assessment().status()).isEqualTo(Assessment.Status.STRONG);
        Matcher.Candidate kin = ranked.stream().filter(c -> c.number().equals("AM-4")).findFirst().orElseThrow();
        assertThat(kin.dnaKind()).isEqualTo("kinship");
        assertThat(kin.assessment().log10Lr()).as("a daughter sharing an allele everywhere supports").isPositive();
        assertThat(ranked.stream().filter(c -> c.number().equals("AM-2")).findFirst().orElseThrow().assessment()
                .status()).isEqualTo(Assessment.Status.EXCLUDED);
        Matcher.Candidate male = ranked.stream().filter(c -> c.number().equals("AM-3")).findFirst().orElseThrow();
        assertThat(male.assessment().exclusions()).contains("the sexes differ");
        assertThat(ranked.getLast().assessment().status()).isEqualTo(Assessment.Status.EXCLUDED);
    }
}
