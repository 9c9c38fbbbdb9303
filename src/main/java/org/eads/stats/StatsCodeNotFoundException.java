package org.eads.stats;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An address names a crime area, an indicator or a rule that does not exist: 404. */
public class StatsCodeNotFoundException extends ErrorResponseException {

    public StatsCodeNotFoundException(String what, String code) {
        super(HttpStatus.NOT_FOUND, problem(what, code), null);
    }

    private static ProblemDetail problem(String what, String code) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no " + what + " " + code);
        p.setTitle(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " not found");
        return p;
    }
}
