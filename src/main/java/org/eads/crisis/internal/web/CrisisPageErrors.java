package org.eads.crisis.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.eads.crisis.CrisisNotFoundException;
import org.eads.records.NotAllowedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What the crisis pages answer when a crisis is missing or hidden, or an address or a field is malformed: the
 * common error pages. A crisis not distributed to the member and a malformed address get the same "not found" page
 * as any address with nothing behind it. (The board's own forms come back to the board with their problems.)
 */
@ControllerAdvice(assignableTypes = CrisisPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CrisisPageErrors {

    private static final String NOT_FOUND = "error/404";

    @ExceptionHandler(CrisisNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return NOT_FOUND;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
        return "error/4xx";
    }

    @ExceptionHandler(NotAllowedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed() {
        return "error/403";
    }
}
