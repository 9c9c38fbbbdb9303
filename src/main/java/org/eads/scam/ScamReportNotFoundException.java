package org.eads.scam;

import java.util.UUID;

import org.eads.web.HiddenOrMissing;

/** A scam report that does not exist or is not shared with the caller: the two answer alike. */
public class ScamReportNotFoundException extends HiddenOrMissing {

    public ScamReportNotFoundException(UUID id) {
        super("Scam report", id, "it is not shared with you");
    }
}
