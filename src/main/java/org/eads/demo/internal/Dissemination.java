package org.eads.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;

import java.util.List;
import java.util.Set;

import org.eads.records.Classification;
import org.eads.records.RecordData;
import org.eads.records.RecordInput;
import org.eads.sharing.HandlingCode;
import org.eads.sharing.SharingLevel;

/**
 * How a generated record is shared: every sharing level (SELECTED with one to three other AMCs), handling codes on
 * about a third of the records (H3 always with its note), a classification and a review date within ten years.
 */
public final class Dissemination {

    private static final Weighted<SharingLevel> LEVELS = Weighted.<SharingLevel>builder()
            .add(SharingLevel.NATIONAL, 15).add(SharingLevel.HIT_NO_HIT, 15).add(SharingLevel.SELECTED, 20)
            .add(SharingLevel.MEMBERS, 35).add(SharingLevel.MEMBERS_AND_PARTNERS, 15).build();
    private static final Weighted<Classification> CLASSIFICATIONS = Weighted.<Classification>builder()
            .add(Classification.RESTRICTED, 70).add(Classification.CONFIDENTIAL, 25).add(Classification.SECRET, 5)
            .build();
    private static final Weighted<Set<HandlingCode>> HANDLING = Weighted.<Set<HandlingCode>>builder()
            .add(Set.of(), 65).add(Set.of(HandlingCode.H0), 10).add(Set.of(HandlingCode.H1), 8)
            .add(Set.of(HandlingCode.H2), 7).add(Set.of(HandlingCode.H0, HandlingCode.H2), 4)
            .add(Set.of(HandlingCode.H3), 4).add(Set.of(HandlingCode.H1, HandlingCode.H3), 2).build();
    private static final String[] NOTES = {
        "Do not approach the subject without first informing the owner's liaison officer.",
        "Source protection: do not disclose that this information came from the owner.",
        "For use only in the joint investigation agreed between the owner and the requesting member.",
        "Consult the owner before any arrest or interview at a border crossing.",
        "Information from a foreign financial intelligence unit: use as intelligence only.",
        "Victim identity protected: do not contact the victim or family directly."};
    /** Review dates fall between two months and (just under) ten years ahead. */
    private static final int MIN_REVIEW_DAYS = 60;
    private static final int MAX_REVIEW_DAYS = 3640;

    private final List<String> others;
    private final Rng rng;
    private final LocalDate asOf;

    public Dissemination(String owner, Rng rng, LocalDate asOf) {
        List<String> o = new ArrayList<>(Catalogue.AMCS);
        o.remove(owner);
        this.others = List.copyOf(o);
        this.rng = rng;
        this.asOf = asOf;
    }

    public RecordInput share(RecordData data) {
        SharingLevel level = LEVELS.pick(rng);
        Set<String> sharedWith = level == SharingLevel.SELECTED ? selected() : Set.of();
        Set<HandlingCode> handling = HANDLING.pick(rng);
        String note = handling.contains(HandlingCode.H3) ? rng.pick(NOTES) : null;
        return new RecordInput(data, level, sharedWith, handling, note, CLASSIFICATIONS.pick(rng),
                asOf.plusDays(rng.between(MIN_REVIEW_DAYS, MAX_REVIEW_DAYS)), null);
    }

    private Set<String> selected() {
        int count = rng.between(1, 3);
        String a = rng.pick(others);
        if (count == 1) {
            return Set.of(a);
        }
        String b = rng.pick(others);
        while (b.equals(a)) {
            b = rng.pick(others);
        }
        if (count == 2) {
            return Set.of(a, b);
        }
        String c = rng.pick(others);
        while (c.equals(a) || c.equals(b)) {
            c = rng.pick(others);
        }
        return Set.of(a, b, c);
    }

}
