package org.eads.demo;

/**
 * A link to create between two demo records, read from the first to the second ("the person holds the document"),
 * each given by its index in {@link DemoDataset#records()}. {@code kind} is the name of the records module's link
 * kind.
 */
public record DemoLink(int from, int to, String kind) {

    public static final String HOLDS_DOCUMENT = "HOLDS_DOCUMENT";
    public static final String USES_INDICATOR = "USES_INDICATOR";
    public static final String MEMBER_OF = "MEMBER_OF";
    public static final String OWNS_VEHICLE = "OWNS_VEHICLE";
    public static final String POSSESSES_FIREARM = "POSSESSES_FIREARM";
    public static final String ASSOCIATE_OF = "ASSOCIATE_OF";
}
