package org.eads.alerts;

import java.util.UUID;

import org.eads.web.HiddenOrMissing;

/** A notice that does not exist or that the caller may not see: the two answer alike. */
public class NoticeNotFoundException extends HiddenOrMissing {

    public NoticeNotFoundException(UUID id) {
        super("Notice", id, "it is not distributed to you");
    }
}
