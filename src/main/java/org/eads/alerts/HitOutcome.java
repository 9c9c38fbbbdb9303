package org.eads.alerts;

/** What came of a hit: whether it is the same person or object, and what was done. */
public final class HitOutcome {

    private HitOutcome() {
    }

    public enum Identity {
        CONFIRMED_SAME_PERSON("Confirmed: the same person or object"),
        NOT_SAME_PERSON("Not the same"),
        UNDETERMINED("Not yet determined");

        private final String label;

        Identity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Action {
        ARREST("Arrest"),
        REFUSAL_OF_ENTRY("Refusal of entry"),
        SEIZURE("Seizure"),
        SURVEILLANCE("Surveillance"),
        NONE("No action");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
