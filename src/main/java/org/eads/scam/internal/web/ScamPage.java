package org.eads.scam.internal.web;

import java.util.function.Supplier;

import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Marks the controllers of the scam centre's pages, whose errors {@link ScamPageErrors} answers as pages. */
public interface ScamPage {

    /**
     * Does a form's action and goes to the target page, with a notice of what was done or the error that stopped it
     * (a mistake in the input, a step the user may not take).
     */
    static String act(RedirectAttributes redirect, String target, String done, Runnable action) {
        return act(redirect, target, () -> {
            action.run();
            return done;
        });
    }

    /** As {@link #act(RedirectAttributes, String, String, Runnable)}, with a notice the action writes. */
    static String act(RedirectAttributes redirect, String target, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (InvalidRecordException | NotAllowedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + target;
    }
}
