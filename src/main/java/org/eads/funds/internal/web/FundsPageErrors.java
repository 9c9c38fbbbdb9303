package org.eads.funds.internal.web;

import java.util.List;

import org.eads.records.NotAllowedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Answers the fund tracing pages' errors as pages: an address that names nothing, a step the user may not take. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = FundsPage.class)
class FundsPageErrors {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return problem(model, "Not found", "There is nothing at this address, or it is not shared with you.");
    }

    @ExceptionHandler(NotAllowedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed(NotAllowedException e, Model model) {
        return problem(model, "Not allowed", e.getMessage());
    }

    private static String problem(Model model, String title, String message) {
        model.addAttribute("problemTitle", title);
        model.addAttribute("messages", List.of(message));
        model.addAttribute("backLink", "/funds");
        model.addAttribute("backText", "Back to fund tracing");
        return "problem";
    }
}
