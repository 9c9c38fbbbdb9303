package org.eads.alerts;

/**
 * The kinds of notice, after INTERPOL's colour-coded notices, with the colour each is known by and what it says in
 * a CAP message. The severity is that of the notification that issues the notice.
 */
public enum NoticeType {
    /** Locate and arrest a person wanted for prosecution or to serve a sentence. */
    WANTED("Wanted person", "red", "Red", Severity.URGENT, "Security", "Observed"),
    /** Locate, identify or collect information on a person of interest. */
    INFORMATION("Information on a person", "blue", "Blue", Severity.ROUTINE, "Security", "Possible"),
    /** A person who is a danger to public safety. */
    WARNING("Dangerous person", "orange", "Orange", Severity.URGENT, "Security", "Likely"),
    /** Locate a missing person, or identify a person unable to identify themselves. */
    MISSING_PERSON("Missing person", "yellow", "Yellow", Severity.URGENT, "Rescue", "Observed"),
    /** Identify a body. */
    UNIDENTIFIED_BODY("Unidentified body", "black", "Black", Severity.ROUTINE, "Rescue", "Observed"),
    /** An imminent threat to persons or property: an event, a device, a planned attack. */
    THREAT("Imminent threat", "orange urgent", "Orange/urgent", Severity.CRITICAL, "Security", "Likely"),
    /** How criminals work: methods, objects, devices, hiding places. */
    MODUS_OPERANDI("Modus operandi", "purple", "Purple", Severity.ROUTINE, "Security", "Observed");

    private final String label;
    private final String colour;
    private final String colourName;
    private final Severity severity;
    private final String capCategory;
    private final String capCertainty;

    NoticeType(String label, String colour, String colourName, Severity severity, String capCategory,
               String capCertainty) {
        this.label = label;
        this.colour = colour;
        this.colourName = colourName;
        this.severity = severity;
        this.capCategory = capCategory;
        this.capCertainty = capCertainty;
    }

    public String label() {
        return label;
    }

    /** The colour as pages draw it: a CSS class suffix ({@code notice-red}, {@code notice-orange-urgent}). */
    public String cssClass() {
        return "notice-" + colour.replace(' ', '-');
    }

    /** The INTERPOL colour, as people say it: "Red", "Orange/urgent". */
    public String colourName() {
        return colourName;
    }

    /** How urgent the notification that issues it is. */
    public Severity severity() {
        return severity;
    }

    /** The CAP 1.2 {@code category}. */
    public String capCategory() {
        return capCategory;
    }

    /** The CAP 1.2 {@code certainty}. */
    public String capCertainty() {
        return capCertainty;
    }

    /** The CAP {@code event}: "Red notice: Wanted person". */
    public String event() {
        return colourName + " notice: " + label;
    }
}
