package org.eads.dvi;

import org.eads.web.HiddenOrMissing;

/** A file that does not exist or belongs to an operation the caller's member is not part of. */
public class DviFileNotFoundException extends HiddenOrMissing {

    public DviFileNotFoundException(Object id) {
        super("DVI file", id, "your member does not take part in its operation");
    }
}
