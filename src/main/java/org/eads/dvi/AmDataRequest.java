package org.eads.dvi;

import java.util.Set;
import java.util.UUID;

/**
 * A request for what a missing person's file lacks, sent as a DVI alert to the member that reported the missing
 * person and to the member of their nationality.
 *
 * @param sentTo  the members alerted
 * @param alertId the alert that carries the request
 */
public record AmDataRequest(UUID amFileId, Kind kind, String note, Set<String> sentTo, UUID alertId) {

    /** What is asked for. */
    public enum Kind {
        FAMILY_REFERENCE_SAMPLES("Family reference samples"),
        DIRECT_REFERENCE("A direct reference sample"),
        DENTAL_RECORDS("Dental records"),
        FINGERPRINTS("Fingerprints");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
