package org.eads.scam;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A scam report that does not exist or is not shared with the caller: the two answer alike. */
public class ScamReportNotFoundException extends ErrorResponseException {

    public ScamReportNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Scam report " + id + " not found: it does not exist, or it is not shared with you");
        p.setTitle("Scam report not found");
        return p;
    }
}
