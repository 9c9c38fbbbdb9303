package org.eads.records;

import java.time.LocalDate;
import java.util.Set;

import org.eads.sharing.HandlingCode;
import org.eads.sharing.SharingLevel;

/**
 * What a user gives to create or change a record: its data and how it is shared. {@code classification} defaults to
 * RESTRICTED and {@code reviewDate} to five years ahead; {@code agencyId} defaults to the user's agency.
 */
public record RecordInput(
        RecordData data,
        SharingLevel sharingLevel,
        Set<String> sharedWith,
        Set<HandlingCode> handlingCodes,
        String handlingNote,
        Classification classification,
        LocalDate reviewDate,
        Long agencyId) {

    public static final int DEFAULT_REVIEW_YEARS = 5;

    public RecordInput {
        sharedWith = sharedWith == null ? Set.of() : Set.copyOf(sharedWith);
        handlingCodes = handlingCodes == null ? Set.of() : Set.copyOf(handlingCodes);
        classification = classification == null ? Classification.RESTRICTED : classification;
    }

    public RecordType type() {
        return data == null ? null : data.type();
    }

    /** Everything wrong with the input that can be told without the database. */
    public void validate(Problems p) {
        if (data == null) {
            p.add("type", "is required: one of PERSON, TRAVEL_DOCUMENT, VEHICLE, FIREARM, ORGANISATION, INDICATOR");
        } else {
            data.validate(p);
        }
        p.require(sharingLevel, "sharingLevel");
        if (sharingLevel == SharingLevel.SELECTED && sharedWith.isEmpty()) {
            p.add("sharedWith", "name at least one member to share with when the sharing level is SELECTED");
        }
        if (sharingLevel != null && sharingLevel != SharingLevel.SELECTED && !sharedWith.isEmpty()) {
            p.add("sharedWith", "is only used with the sharing level SELECTED");
        }
        if (handlingCodes.contains(HandlingCode.H3) && (handlingNote == null || handlingNote.isBlank())) {
            p.add("handlingNote", "is required with handling code H3: say what the conditions are");
        }
        p.maxLength(handlingNote, "handlingNote", 2000);
        if (reviewDate != null && !reviewDate.isAfter(LocalDate.now())) {
            p.add("reviewDate", "must be in the future");
        }
        if (reviewDate != null && reviewDate.isAfter(LocalDate.now().plusYears(10))) {
            p.add("reviewDate", "must be at most ten years ahead");
        }
    }

    public LocalDate reviewDateOrDefault() {
        return reviewDate != null ? reviewDate : LocalDate.now().plusYears(DEFAULT_REVIEW_YEARS);
    }
}
