package org.eads.alerts;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A notice that does not exist or that the caller may not see: the two answer alike. */
public class NoticeNotFoundException extends ErrorResponseException {

    public NoticeNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Notice " + id + " not found: it does not exist, or it is not distributed to you");
        p.setTitle("Notice not found");
        return p;
    }
}
