package org.eads.records;

/** The caller can see the record (or the page) but may not do this to it. */
public class NotAllowedException extends RuntimeException {
    public NotAllowedException(String message) {
        super(message);
    }
}
