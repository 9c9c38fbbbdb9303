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
 */
public record DviFile(UUID id, Kind kind, UUID operationId, String number, String memberCode, String sex,
                      Integer ageMin, Integer ageMax, Integer statureMinCm, Integer statureMaxCm,
                      Map<String, String> description, boolean fingerprints, String afisReference, String status,
                      Instant recoveredAt, String recoveryPlace, String condition,
                      String name, String nationality, LocalDate birthDate, String circumstances, Instant createdAt,
                      java.util.List<Implant> implants) {

    /** A medical implant (hip or knee prosthesis, pacemaker, plate, breast implant) and its serial number. */
    public record Implant(String kind, String maker, String serial) {
    }

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
