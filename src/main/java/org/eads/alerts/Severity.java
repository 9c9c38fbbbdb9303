package org.eads.alerts;

/** How urgent a notification is. A CRITICAL one goes to every channel whatever its recipients chose. */
public enum Severity {
    ROUTINE("Moderate"),
    URGENT("Severe"),
    CRITICAL("Extreme");

    private final String cap;

    Severity(String cap) {
        this.cap = cap;
    }

    /** The CAP 1.2 {@code severity} value this maps to. */
    public String capSeverity() {
        return cap;
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
