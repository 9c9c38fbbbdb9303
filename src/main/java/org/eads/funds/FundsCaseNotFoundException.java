package org.eads.funds;

import org.eads.web.HiddenOrMissing;

/** A case that does not exist or is not shared with the caller: the same 404 either way. */
public class FundsCaseNotFoundException extends HiddenOrMissing {

    public FundsCaseNotFoundException(Object id) {
        super("Tracing case", id, "it is not shared with you");
    }
}
