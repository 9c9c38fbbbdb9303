package org.eads.alerts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A step the notice's state or the caller's part in it does not allow: approving one's own draft, updating a draft. */
public class NoticeStateException extends ErrorResponseException {

    public NoticeStateException(HttpStatus status, String detail) {
        super(status, problem(status, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(status == HttpStatus.FORBIDDEN ? "Not allowed" : "Not possible in this state");
        return p;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
