package org.eads.funds;

import org.eads.web.HiddenOrMissing;

/** A trace that does not exist or was run by another member: the same 404 either way. */
public class TraceNotFoundException extends HiddenOrMissing {

    public TraceNotFoundException(long id) {
        super("Trace", id, "another member ran it");
    }
}
