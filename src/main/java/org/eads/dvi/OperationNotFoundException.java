package org.eads.dvi;

import org.eads.web.HiddenOrMissing;

/** An operation that does not exist or that the caller's member does not take part in: the same 404 either way. */
public class OperationNotFoundException extends HiddenOrMissing {

    public OperationNotFoundException(Object id) {
        super("DVI operation", id, "your member does not take part in it");
    }
}
