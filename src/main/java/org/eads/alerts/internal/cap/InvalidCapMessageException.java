package org.eads.alerts.internal.cap;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A CAP message that cannot be accepted: 400, saying what is wrong and, when known, where. */
class InvalidCapMessageException extends ErrorResponseException {

    InvalidCapMessageException(String detail, int line, int column) {
        super(HttpStatus.BAD_REQUEST, problem(detail, line, column), null);
    }

    InvalidCapMessageException(String detail) {
        this(detail, -1, -1);
    }

    private static ProblemDetail problem(String detail, int line, int column) {
        String where = line > 0 ? " (line " + line + (column > 0 ? ", column " + column : "") + ")" : "";
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail + where);
        p.setTitle("The CAP message is not valid");
        if (line > 0) {
            p.setProperty("line", line);
        }
        if (column > 0) {
            p.setProperty("column", column);
        }
        return p;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
