package org.eads.scam.internal.web;

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
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (InvalidRecordException | NotAllowedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + target;
    }
}
