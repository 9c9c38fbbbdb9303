package org.eads.web.internal;

import java.util.List;

import org.eads.records.NotAllowedException;
import org.eads.web.FeaturePage;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** What feature pages ({@link FeaturePage}) answer to a malformed address or a refused action. */
@ControllerAdvice(assignableTypes = FeaturePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FeaturePageErrors {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HandlerMethod handler, Model model) {
        return problem(handler, model, "Not found", "There is nothing at this address, or it is not shared with you.");
    }

    @ExceptionHandler(NotAllowedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed(NotAllowedException e, HandlerMethod handler, Model model) {
        return problem(handler, model, "Not allowed", e.getMessage());
    }

    private static String problem(HandlerMethod handler, Model model, String title, String message) {
        FeaturePage page = (FeaturePage) handler.getBean();
        model.addAttribute("problemTitle", title);
        model.addAttribute("messages", List.of(message));
        model.addAttribute("backLink", page.homePath());
        model.addAttribute("backText", "Back to " + page.homeName());
        return "problem";
    }
}
