package org.eads.alerts.internal;

import java.util.Locale;
import java.util.Set;

import org.eads.alerts.Alert;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The HTML that live events carry to open pages: a toast for a new notification, and the unread count. */
@Component
class AlertFragments {

    private final ITemplateEngine templates;

    AlertFragments(ITemplateEngine templates) {
        this.templates = templates;
    }

    String toast(Alert alert) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("alert", alert);
        return templates.process("alerts/live", Set.of("toast"), context);
    }

    String badge(long unread) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("unread", unread);
        return templates.process("alerts/live", Set.of("badge"), context);
    }
}
