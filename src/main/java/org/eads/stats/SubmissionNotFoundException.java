package org.eads.stats;

import org.eads.web.HiddenOrMissing;

/** A submission that does not exist or belongs to another member: the same 404 either way. */
public class SubmissionNotFoundException extends HiddenOrMissing {

    public SubmissionNotFoundException(Object id) {
        super("Submission", id, "it belongs to another member");
    }
}
