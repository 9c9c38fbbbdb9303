package org.eads.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 404 that says the same whether the thing does not exist or the caller may not see it: modules extend it for
 * their own objects (a notification, a notice, a crisis, a scam report), and the API answers it as a problem.
 */
public class HiddenOrMissing extends ErrorResponseException {

    /**
     * @param what   the kind of object, such as "Notice"
     * @param id     its identifier as the caller gave it
     * @param hidden how the caller may be kept from it, such as "it is not distributed to you"
     */
    protected HiddenOrMissing(String what, Object id, String hidden) {
        super(HttpStatus.NOT_FOUND, problem(what, id, hidden), null);
    }

    private static ProblemDetail problem(String what, Object id, String hidden) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                what + " " + id + " not found: it does not exist, or " + hidden);
        p.setTitle(what + " not found");
        return p;
    }
}
