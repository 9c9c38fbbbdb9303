package org.eads.crisis;

import java.util.UUID;

import org.eads.web.HiddenOrMissing;

/** A crisis, or a part of one, that does not exist or is not distributed to the caller's member: both look alike. */
public class CrisisNotFoundException extends HiddenOrMissing {

    public CrisisNotFoundException(String what, UUID id) {
        super(what, id, "it is not distributed to your member");
    }
}
