package org.eads.dvi;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A step that needs a confirmed identification, asked of one the board has not confirmed (or has since revoked). */
public class IdentificationNotConfirmedException extends ErrorResponseException {

    public IdentificationNotConfirmedException(Identification i, String step) {
        super(HttpStatus.CONFLICT, problem(i, step), null);
    }

    private static ProblemDetail problem(Identification i, String step) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Identification " + i.id() + " is "
                + i.status().name().toLowerCase(Locale.ROOT) + ": " + step + " only once the board has confirmed it");
        p.setTitle("The identification is not confirmed");
        return p;
    }
}
