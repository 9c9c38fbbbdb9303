package org.eads.web;

import java.util.function.Supplier;

import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How a page's form does its action: go to the target page with a notice of what was done or of what stopped it. */
public final class FormActions {

    private FormActions() {
    }

    /**
     * Does a form's action and goes to the target page, with a notice of what was done or the error that stopped it
     * (a mistake in the input, a step the user may not take).
     */
    public static String act(RedirectAttributes redirect, String target, String done, Runnable action) {
        return act(redirect, target, () -> {
            action.run();
            return done;
        });
    }

    /** As {@link #act(RedirectAttributes, String, String, Runnable)}, with a notice the action writes. */
    public static String act(RedirectAttributes redirect, String target, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (InvalidRecordException | NotAllowedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + target;
    }
}
