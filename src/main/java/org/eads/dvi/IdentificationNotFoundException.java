package org.eads.dvi;

import org.eads.web.HiddenOrMissing;

/** An identification that does not exist or belongs to an operation the caller's member is not part of. */
public class IdentificationNotFoundException extends HiddenOrMissing {

    public IdentificationNotFoundException(Object id) {
        super("Identification", id, "your member does not take part in its operation");
    }
}
