package org.eads.funds;

import org.eads.web.HiddenOrMissing;

/** A freeze request that does not exist or is between other members: the same 404 either way. */
public class FreezeRequestNotFoundException extends HiddenOrMissing {

    public FreezeRequestNotFoundException(long id) {
        super("Freeze request", id, "it is between other members");
    }
}
