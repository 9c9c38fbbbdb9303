package org.eads.dvi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A post-mortem file (a body or body part, INTERPOL pink form) or an ante-mortem file (a missing person, yellow form):
 * the fields both share, and those of each kind (recovery for PM; identity and circumstances for AM).
 *
 * @param description free descriptive sections by name: physical description, clothing, effects, marks, medical
 * @param implants    medical implants with their serial numbers
 * @param marks       tattoos, scars, birthmarks, piercings and amputations, each where on the body
 * @param effects     personal effects: jewellery, watch, clothing, documents, phone, with any identifying number
 */
public record DviFile(UUID id, Kind kind, UUID operationId, String number, String memberCode, String sex,
                      Integer ageMin, Integer ageMax, Integer statureMinCm, Integer statureMaxCm,
                      Map<String, String> description, boolean fingerprints, String afisReference, String status,
                      Instant recoveredAt, String recoveryPlace, String condition,
                      String name, String nationality, LocalDate birthDate, String circumstances, Instant createdAt,
                      java.util.List<Implant> implants, java.util.List<Mark> marks, java.util.List<Effect> effects) {

    /** A medical implant (hip or knee prosthesis, pacemaker, plate, breast implant) and its serial number. */
    public record Implant(String kind, String maker, String serial) {
    }

    /**
     * A mark on the body: a tattoo, scar, birthmark, piercing or amputation.
     *
     * @param kind        TATTOO, SCAR, BIRTHMARK, PIERCING, AMPUTATION or OTHER
     * @param region      where: one of {@link #REGIONS}
     * @param description what it shows, in words a family would use: "dragon", "appendectomy scar"
     */
    public record Mark(String kind, String region, String description) {
    }

    /**
     * A personal effect found on the body or described by the family.
     *
     * @param kind        JEWELLERY, WATCH, CLOTHING, DOCUMENT, PHONE or OTHER
     * @param identifier  an engraving, serial number, document number or IMEI, when there is one
     */
    public record Effect(String kind, String description, String identifier) {
    }

    /** The kinds of mark, most telling first. */
    public static final java.util.List<String> MARK_KINDS = java.util.List.of("TATTOO", "SCAR", "BIRTHMARK",
            "PIERCING", "AMPUTATION", "OTHER");

    /** Where on the body a mark is. */
    public static final java.util.List<String> REGIONS = java.util.List.of("HEAD", "FACE", "NECK", "CHEST",
            "ABDOMEN", "BACK", "LEFT_ARM", "RIGHT_ARM", "LEFT_HAND", "RIGHT_HAND", "LEFT_LEG", "RIGHT_LEG",
            "LEFT_FOOT", "RIGHT_FOOT", "OTHER");

    /** The kinds of personal effect. */
    public static final java.util.List<String> EFFECT_KINDS = java.util.List.of("JEWELLERY", "WATCH", "CLOTHING",
            "DOCUMENT", "PHONE", "OTHER");

    public enum Kind {
        PM, AM;

        /** The kind as addresses write it: "pm" or "am". */
        public static Kind ofPath(String path) {
            return switch (path) {
                case "pm" -> PM;
                case "am" -> AM;
                default -> throw new org.eads.records.InvalidRecordException("kind", "'" + path + "' is pm or am");
            };
        }

        public String path() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a file is entered with; the fields of the other kind stay empty. */
    public record Input(String number, String sex, Integer ageMin, Integer ageMax, Integer statureMinCm,
                        Integer statureMaxCm, Map<String, String> description, Boolean fingerprints,
                        String afisReference, Instant recoveredAt, String recoveryPlace, String condition,
                        String name, String nationality, LocalDate birthDate, String circumstances) {
    }
}
