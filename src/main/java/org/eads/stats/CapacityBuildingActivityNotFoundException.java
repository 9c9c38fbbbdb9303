package org.eads.stats;

import org.eads.web.HiddenOrMissing;

/** An activity that does not exist or does not target the caller's member: the same 404 either way. */
public class CapacityBuildingActivityNotFoundException extends HiddenOrMissing {

    public CapacityBuildingActivityNotFoundException(Object id) {
        super("Capacity-building activity", id, "it does not target your member");
    }
}
