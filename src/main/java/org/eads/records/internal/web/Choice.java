package org.eads.records.internal.web;

/** One choice of a select, radio group or checkbox group: the value sent, the words shown, and optional help. */
record Choice(String value, String label, String help) {

    Choice(String value, String label) {
        this(value, label, null);
    }
}
