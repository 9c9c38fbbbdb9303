package org.eads.crisis.internal.web;

import java.util.List;

import org.eads.crisis.CrisisConflictException;
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
 * What the crisis pages answer when a crisis is missing or hidden, or an address or a field is malformed. A crisis
 * not distributed to the member and a malformed address get the same "not found" page as a missing crisis.
 */
@ControllerAdvice(assignableTypes = CrisisPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CrisisPageErrors {

    @ExceptionHandler(CrisisNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return notFoundPage(model);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, Model model,
                    jakarta.servlet.http.HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return notFoundPage(model);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return problem(model, "The form cannot be used", List.of(e.getName() + ": '" + e.getValue()
                + "' has the wrong form; correct it and send the form again"));
    }

    @ExceptionHandler(NotAllowedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed(NotAllowedException e, Model model) {
        return problem(model, "Not allowed", List.of(e.getMessage()));
    }

    @ExceptionHandler(CrisisConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(CrisisConflictException e, Model model) {
        return problem(model, "Not possible now", List.of(e.getBody().getDetail()));
    }

    private static String notFoundPage(Model model) {
        return problem(model, "Crisis not found",
                List.of("There is no crisis at this address, or it was not distributed to your member."));
    }

    private static String problem(Model model, String title, List<String> messages) {
        model.addAttribute("problemTitle", title);
        model.addAttribute("messages", messages);
        return "crisis/problem";
    }
}
