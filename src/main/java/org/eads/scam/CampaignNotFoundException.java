package org.eads.scam;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A campaign or compound that does not exist, or none of whose reports the caller may see: the two answer alike. */
public class CampaignNotFoundException extends ErrorResponseException {

    public CampaignNotFoundException(String what, long id) {
        super(HttpStatus.NOT_FOUND, problem(what, id), null);
    }

    private static ProblemDetail problem(String what, long id) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                what + " " + id + " not found: it does not exist, or it is not shared with you");
        p.setTitle(what + " not found");
        return p;
    }
}
