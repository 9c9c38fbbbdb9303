package org.eads.scam.internal.web;

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

/** What the scam centre's pages ({@link ScamPage}) answer to a malformed address or a refused action. */
@ControllerAdvice(assignableTypes = ScamPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScamPageErrors {

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
        model.addAttribute("backLink", "/scam");
        model.addAttribute("backText", "Back to the scam centre");
        return "problem";
    }
}
