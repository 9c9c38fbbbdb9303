package org.eads.alerts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.eads.alerts.Recipients;
import org.eads.identity.Role;
import org.eads.member.Member;
import org.eads.member.MemberKind;
import org.eads.member.Members;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member that must acknowledge a notification and has not by its deadline is escalated, once: the member's
 * supervisors and the Secretariat's duty officer become recipients too, are told on every channel, and the sender
 * sees the member marked as escalated. Each escalation is its own transaction; two nodes never escalate twice.
 */
@Component
@ConditionalOnWebApplication
public class Escalation {

    private static final Logger log = LoggerFactory.getLogger(Escalation.class);

    private final AlertStore store;
    private final Members members;
    private final Mailer mailer;
    private final Clock clock;
    private final TransactionTemplate tx;

    Escalation(AlertStore store, Members members, Mailer mailer, Clock clock, TransactionTemplate tx) {
        this.store = store;
        this.members = members;
        this.mailer = mailer;
        this.clock = clock;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${eads.alerts.escalation-interval:PT30S}",
            initialDelayString = "${eads.alerts.escalation-interval:PT30S}")
    void scheduled() {
        try {
            escalateOverdue();
        } catch (DataAccessException | TransactionException e) {
            // the database is away (a restart, a failover): the next run picks up where this one stopped
            log.warn("Alert escalation paused: {}", e.getMessage());
        }
    }

    /** Escalates every member past its deadline; returns how many were escalated. */
    public int escalateOverdue() {
        Instant now = clock.instant();
        int done = 0;
        for (AlertStore.Overdue o : store.overdue(now)) {
            if (Boolean.TRUE.equals(tx.execute(s -> escalate(o.alertId(), o.memberCode(), now)))) {
                done++;
            }
        }
        return done;
    }

    private boolean escalate(UUID id, String member, Instant now) {
        if (!store.markEscalated(id, member, now)) {
            return false;
        }
        Recipients to = Recipients.role(member, Role.SUPERVISOR);
        for (Member secretariat : members.all()) {
            if (secretariat.kind() == MemberKind.SECRETARIAT) {
                to = to.and(Recipients.role(secretariat.code(), Role.DUTY_OFFICER));
            }
        }
        var added = store.addRecipients(id, store.resolve(to), true, now);
        if (mailer.enabled()) {
            store.queueEscalationEmails(id, now);
        }
        store.announce("esc:" + id);
        log.info("Notification {} not acknowledged by {} in time: escalated to {} more recipients", id, member,
                added.size());
        return true;
    }
}
