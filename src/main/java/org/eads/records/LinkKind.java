package org.eads.records;

/** How two records are related, read from the first to the second. */
public enum LinkKind {
    HOLDS_DOCUMENT("holds document"),
    USES_INDICATOR("uses indicator"),
    MEMBER_OF("is a member of"),
    OWNS_VEHICLE("owns vehicle"),
    POSSESSES_FIREARM("possesses firearm"),
    ASSOCIATE_OF("is an associate of"),
    RELATED_TO("is related to");

    private final String phrase;

    LinkKind(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }
}
