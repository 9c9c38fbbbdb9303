package org.eads.crisis;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A change that the crisis's present state does not allow, such as moving a deployment backwards. */
public class CrisisConflictException extends ErrorResponseException {

    public CrisisConflictException(String detail) {
        super(HttpStatus.CONFLICT, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        p.setTitle("Not possible in the present state");
        return p;
    }
}
