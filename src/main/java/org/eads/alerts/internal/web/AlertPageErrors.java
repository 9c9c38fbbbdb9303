package org.eads.alerts.internal.web;

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

/** What the notification, hit and disclosure pages answer to a malformed address or a refused action. */
@ControllerAdvice(assignableTypes = {AlertPages.class, FollowUpPages.class, AlertAdminPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AlertPageErrors {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return problem(model, "Not found", List.of("There is nothing at this address, or it is not yours to see."));
    }

    @ExceptionHandler(NotAllowedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed(NotAllowedException e, Model model) {
        return problem(model, "Not allowed", List.of(e.getMessage()));
    }

    private static String problem(Model model, String title, List<String> messages) {
        model.addAttribute("problemTitle", title);
        model.addAttribute("messages", messages);
        model.addAttribute("backLink", "/alerts");
        model.addAttribute("backText", "Back to the notifications");
        return "problem";
    }
}
