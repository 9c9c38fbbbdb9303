package org.eads.alerts;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A notification, hit or disclosure that does not exist or is not the caller's to see: the two answer alike.
 */
public class AlertNotFoundException extends ErrorResponseException {

    public AlertNotFoundException(UUID id) {
        this("Notification", id);
    }

    private AlertNotFoundException(String what, UUID id) {
        super(HttpStatus.NOT_FOUND, problem(what, id), null);
    }

    public static AlertNotFoundException hit(UUID id) {
        return new AlertNotFoundException("Hit", id);
    }

    public static AlertNotFoundException disclosure(UUID id) {
        return new AlertNotFoundException("Disclosure request", id);
    }

    private static ProblemDetail problem(String what, UUID id) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                what + " " + id + " not found: it does not exist, or it is not yours to see");
        p.setTitle(what + " not found");
        return p;
    }
}
