package org.eads.crisis;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A crisis, or a part of one, that does not exist or is not distributed to the caller's member: both look alike. */
public class CrisisNotFoundException extends ErrorResponseException {

    public CrisisNotFoundException(String what, UUID id) {
        super(HttpStatus.NOT_FOUND, problem(what, id), null);
    }

    private static ProblemDetail problem(String what, UUID id) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                what + " " + id + " not found: it does not exist, or it is not distributed to your member");
        p.setTitle("Not found");
        return p;
    }
}
