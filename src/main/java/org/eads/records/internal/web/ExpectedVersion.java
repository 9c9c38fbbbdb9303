package org.eads.records.internal.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The version a client says it changed: the body's {@code version} or the {@code If-Match} header (the ETag the
 * record was served with, {@code "3"}). A change without one would silently overwrite someone else's, so it is
 * refused with 428 Precondition Required.
 */
final class ExpectedVersion {

    private ExpectedVersion() {
    }

    static int of(Integer bodyVersion, String ifMatch) {
        Integer header = ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
        if (bodyVersion != null && header != null && !bodyVersion.equals(header)) {
            throw problem(HttpStatus.BAD_REQUEST, "The body says version " + bodyVersion + " and If-Match says "
                    + header + ": send one version, the one you read");
        }
        Integer v = bodyVersion != null ? bodyVersion : header;
        if (v == null) {
            throw problem(HttpStatus.PRECONDITION_REQUIRED, "Say which version you changed: put the \"version\" you"
                    + " read in the body, or send it as If-Match: \"<version>\" (the ETag of GET)");
        }
        return v;
    }

    /** The ETag of a record at a version. */
    static String etag(int version) {
        return "\"" + version + "\"";
    }

    private static int parse(String ifMatch) {
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw problem(HttpStatus.BAD_REQUEST, "If-Match must be the record's version as its ETag, such as \"3\"");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(status == HttpStatus.PRECONDITION_REQUIRED ? "Version required" : "Version not understood");
        return new ErrorResponseException(status, p, null);
    }
}
