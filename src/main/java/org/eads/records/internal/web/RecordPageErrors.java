package org.eads.records.internal.web;

import java.util.List;

import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.records.RecordNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What the record pages answer when a record is missing, hidden or may not be changed. A hidden record and a
 * malformed address get the same "not found" page as a missing record: the page must not tell them apart.
 */
@ControllerAdvice(assignableTypes = {RecordPage.class, RecordFormPage.class, RecordListPage.class, DashboardPage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordPageErrors {

    @ExceptionHandler({RecordNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return problem(model, "Record not found",
                List.of("There is no record at this address, or it is not shared with your member."));
    }

    @ExceptionHandler(NotAllowedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed(NotAllowedException e, Model model) {
        return problem(model, "Not allowed", List.of(e.getMessage()));
    }

    @ExceptionHandler(InvalidRecordException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidRecordException e, Model model) {
        return problem(model, "The request cannot be used",
                e.problems().stream().map(Problems.FieldProblem::toString).toList());
    }

    private static String problem(Model model, String title, List<String> messages) {
        model.addAttribute("problemTitle", title);
        model.addAttribute("messages", messages);
        model.addAttribute("backLink", "/records");
        model.addAttribute("backText", "Back to the records");
        return "problem";
    }
}
