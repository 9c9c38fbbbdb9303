package org.eads.stats;

import org.eads.web.HiddenOrMissing;

/** An assessment that does not exist or is another member's: the same 404 either way. */
public class CapabilityAssessmentNotFoundException extends HiddenOrMissing {

    public CapabilityAssessmentNotFoundException(Object id) {
        super("Capability assessment", id, "it is another member's");
    }
}
