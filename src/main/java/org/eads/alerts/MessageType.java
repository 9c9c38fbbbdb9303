package org.eads.alerts;

/** As in CAP 1.2: a first alert, an update of an earlier one, or its cancellation. */
public enum MessageType {
    ALERT, UPDATE, CANCEL;

    /** The CAP 1.2 {@code msgType} value. */
    public String cap() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
