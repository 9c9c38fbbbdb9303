package org.eads.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.RecordNotFoundException;
import org.eads.records.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error of the JSON API ({@code /api/**}) as an RFC 9457 problem ({@code application/problem+json}). A client
 * mistake is a 4xx whose {@code detail} says what to fix; field problems also come as {@code errors}
 * ({@code [{field, message}]}). Anything else is a 500 that names a reference from the log and nothing of the
 * internals. Errors of pages are left to the page handlers: each method here rethrows when the request is not an API
 * request, which hands the exception back to Spring's default resolution.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** PostgreSQL's "character not in repertoire" and "untranslatable character": a NUL in a text. */
    private static final List<String> UNSTORABLE_TEXT = List.of("22021", "22P05");

    /** A field of the request and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    @ExceptionHandler(InvalidRecordException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRecordException e, HttpServletRequest request) throws InvalidRecordException {
        onlyApi(request, e);
        List<FieldError> errors = e.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList();
        return fieldProblems(request, "The request is not valid", errors);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException e, HttpServletRequest request) throws RecordNotFoundException {
        onlyApi(request, e);
        // The same words whether the record never existed, was deleted or is not shared with the caller.
        return respond(request, HttpStatus.NOT_FOUND, "Record not found", e.getMessage()
                + ": it does not exist, or it is not shared with you", null);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e, HttpServletRequest request) throws StaleVersionException {
        onlyApi(request, e);
        ProblemDetail p = problem(request, HttpStatus.CONFLICT, "The record was changed by someone else", e.getMessage());
        p.setProperty("currentVersion", e.current());
        return respond(p, null);
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e, HttpServletRequest request) throws NotAllowedException {
        onlyApi(request, e);
        return respond(request, HttpStatus.FORBIDDEN, "Not allowed", e.getMessage(), null);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e, HttpServletRequest request)
            throws TooManyRequestsException {
        onlyApi(request, e);
        HttpHeaders h = new HttpHeaders();
        h.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        ProblemDetail p = problem(request, HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage());
        p.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return respond(p, h);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request)
            throws HttpMessageNotReadableException {
        onlyApi(request, e);
        return respond(request, HttpStatus.BAD_REQUEST, "The body cannot be read", unreadableDetail(e), null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        onlyApi(request, e);
        String sent = e.getContentType() == null ? "no Content-Type" : "Content-Type " + e.getContentType();
        return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
                "The body was sent with " + sent + ": send it as JSON with the header Content-Type: "
                        + MediaType.APPLICATION_JSON_VALUE, e.getHeaders());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        onlyApi(request, e);
        return respond(request, HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
                "This endpoint answers with " + e.getSupportedMediaTypes().stream().map(MediaType::toString)
                        .collect(Collectors.joining(", ")) + ": accept one of them (or send Accept: */*)", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws MethodArgumentTypeMismatchException {
        onlyApi(request, e);
        return fieldProblems(request, "A parameter has the wrong form",
                List.of(new FieldError(e.getName(), expected(e.getValue(), e.getRequiredType()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request)
            throws MissingServletRequestParameterException {
        onlyApi(request, e);
        return fieldProblems(request, "A parameter is missing", List.of(new FieldError(e.getParameterName(),
                "is required: add ?" + e.getParameterName() + "=... to the address")));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request)
            throws MissingRequestHeaderException {
        onlyApi(request, e);
        return respond(request, HttpStatus.BAD_REQUEST, "A header is missing",
                "Send the header " + e.getHeaderName(), null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        onlyApi(request, e);
        String allowed = e.getSupportedHttpMethods() == null ? "another method"
                : e.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
        return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                e.getMethod() + " is not supported at " + request.getRequestURI() + ": use " + allowed, e.getHeaders());
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> noEndpoint(Exception e, HttpServletRequest request) throws Exception {
        onlyApi(request, e);
        return respond(request, HttpStatus.NOT_FOUND, "No such endpoint",
                "There is no API endpoint at " + request.getRequestURI() + ": see /api/docs for the endpoints", null);
    }

    /**
     * Everything else. Spring's own web exceptions carry their status and a safe problem; a NUL character that
     * PostgreSQL refuses is the client's mistake; the rest is our fault and is logged under a reference.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        onlyApi(request, e);
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            // The security layer answers these (401 or 403 as problem details), as it does before a controller runs.
            throw e;
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            ProblemDetail p = known.getBody();
            p.setInstance(URI.create(request.getRequestURI()));
            return respond(p, known.getHeaders());
        }
        if (isUnstorableText(e)) {
            return respond(request, HttpStatus.BAD_REQUEST, "The request is not valid",
                    "A text contains a character that cannot be stored (the NUL character, U+0000): remove it", null);
        }
        String reference = UUID.randomUUID().toString();
        log.error("API request {} {} failed, reference {}", request.getMethod(), request.getRequestURI(), reference, e);
        ProblemDetail p = problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed. Quote reference " + reference + " to the e-ADS support desk.");
        p.setProperty("reference", reference);
        return respond(p, null);
    }

    private static <E extends Exception> void onlyApi(HttpServletRequest request, E e) throws E {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            throw e;
        }
    }

    private static ResponseEntity<ProblemDetail> fieldProblems(HttpServletRequest request, String title,
                                                               List<FieldError> errors) {
        ProblemDetail p = problem(request, HttpStatus.BAD_REQUEST, title, errors.stream()
                .map(f -> f.field().isEmpty() ? f.message() : f.field() + ": " + f.message())
                .collect(Collectors.joining("; ")));
        p.setProperty("errors", errors);
        return respond(p, null);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpServletRequest request, HttpStatus status, String title,
                                                         String detail, HttpHeaders headers) {
        return respond(problem(request, status, title, detail), headers);
    }

    private static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setInstance(URI.create(request.getRequestURI()));
        return p;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p, HttpHeaders headers) {
        HttpHeaders h = new HttpHeaders();
        if (headers != null) {
            h.putAll(headers);
        }
        h.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(HttpStatusCode.valueOf(p.getStatus())).headers(h).body(p);
    }

    /** What a malformed body needs, without echoing Java types: the parser's own words and where it stopped. */
    private static String unreadableDetail(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return "The body goes beyond the limits of the API: " + plain(limit.getOriginalMessage());
            }
            if (t instanceof StreamReadException parse) {
                String where = parse.getLocation() == null ? ""
                        : " (line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")";
                return "The body is not valid JSON" + where + ": " + plain(parse.getOriginalMessage());
            }
            if (t instanceof JacksonException) {
                return "The body is not the JSON this endpoint expects: send a JSON object as in /api/docs";
            }
        }
        return "The request needs a JSON body (Content-Type: application/json): see /api/docs for its form";
    }

    /** The parser's message without its pointers into the parser's own settings and source. */
    private static String plain(String message) {
        return message.replaceAll(" ?\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll(" ?\\[Source:.*?\\]", "")
                .replaceAll(", from `[^`]*`", "");
    }

    private static String expected(Object value, Class<?> type) {
        String shown = "'" + value + "'";
        if (type == null) {
            return shown + " has the wrong form";
        }
        if (type == UUID.class) {
            return shown + " is not a record id: ids are UUIDs such as 3f2b8c1e-6d4a-4f7e-9a1b-2c3d4e5f6a7b";
        }
        if (type.isEnum()) {
            return shown + " is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return shown + " is not a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return shown + " is not true or false";
        }
        return shown + " has the wrong form";
    }

    /** Whether the failure is PostgreSQL refusing a text, which happens for a NUL character: the client's mistake. */
    public static boolean isUnstorableText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNSTORABLE_TEXT.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
