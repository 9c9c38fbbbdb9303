package org.eads.dvi.internal.dental;

/** What a tooth shows, as the INTERPOL DVI forms chart it. */
public enum ToothStatus {
    VIRGIN("sound, unrestored", false),
    MISSING_AM("missing ante-mortem (extracted)", true),
    MISSING_PM("lost post-mortem", false),
    UNERUPTED("unerupted", false),
    FILLED("filled", true),
    CROWN("crown", true),
    ROOT_CANAL("root canal treated", true),
    PONTIC("pontic (bridge)", true),
    IMPLANT("implant", true),
    DENTURE("denture", true),
    UNKNOWN("not known", false);

    private final String label;
    private final boolean treatment;

    ToothStatus(String label, boolean treatment) {
        this.label = label;
        this.treatment = treatment;
    }

    public String label() {
        return label;
    }

    /** Whether it is a feature of dental history (treatment or loss) rather than a sound or unknown tooth. */
    public boolean feature() {
        return treatment;
    }

    /** A natural crown is in the mouth (sound, filled, crowned or root treated). */
    public boolean natural() {
        return this == VIRGIN || this == FILLED || this == CROWN || this == ROOT_CANAL;
    }
}
