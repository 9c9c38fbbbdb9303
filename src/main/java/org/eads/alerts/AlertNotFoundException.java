package org.eads.alerts;

import java.util.UUID;

import org.eads.web.HiddenOrMissing;

/**
 * A notification, hit or disclosure that does not exist or is not the caller's to see: the two answer alike.
 */
public class AlertNotFoundException extends HiddenOrMissing {

    public AlertNotFoundException(UUID id) {
        this("Notification", id);
    }

    private AlertNotFoundException(String what, UUID id) {
        super(what, id, "it is not yours to see");
    }

    public static AlertNotFoundException hit(UUID id) {
        return new AlertNotFoundException("Hit", id);
    }

    public static AlertNotFoundException disclosure(UUID id) {
        return new AlertNotFoundException("Disclosure request", id);
    }
}
