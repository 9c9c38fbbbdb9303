package org.eads.records;

/** Someone changed the record since the caller read it. */
public class StaleVersionException extends RuntimeException {
    private final int current;

    public StaleVersionException(int expected, int current) {
        super("The record was changed by someone else: you edited version " + expected + ", it is now at version "
                + current + ". Reload it and apply your change again.");
        this.current = current;
    }

    public int current() {
        return current;
    }
}
