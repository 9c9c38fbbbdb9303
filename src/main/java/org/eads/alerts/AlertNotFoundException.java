package org.eads.alerts;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A notification that does not exist or is not addressed to the caller: the two answer alike. */
public class AlertNotFoundException extends ErrorResponseException {

    public AlertNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Notification " + id + " not found: it does not exist, or it is not addressed to you");
        p.setTitle("Notification not found");
        return p;
    }
}
