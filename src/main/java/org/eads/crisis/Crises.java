package org.eads.crisis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eads.alerts.AlertNotFoundException;
import org.eads.alerts.Alerts;
import org.eads.alerts.InboxEntry;
import org.eads.alerts.MemberAcknowledgement;
import org.eads.audit.AuditAction;
import org.eads.crisis.internal.AttachmentCheck;
import org.eads.crisis.internal.CrisisAccess;
import org.eads.crisis.internal.CrisisInputs;
import org.eads.crisis.internal.CrisisNotices;
import org.eads.crisis.internal.CrisisStore;
import org.eads.crisis.internal.ValidCrisis;
import org.eads.identity.EadsUser;
import org.eads.member.Member;
import org.eads.member.Members;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ACCPCM crises: a member declares one, every crisis contact of the distribution is alerted and must acknowledge,
 * and the crisis board follows its status, casualties, situation reports and intelligence. Requests for assistance
 * and deployments are in {@link Assistance}. A crisis is seen by the members it was distributed to and by nobody
 * else: to them it does not exist. Every view, list and change is audited.
 */
@Service
public class Crises {

    public static final int MAX_SITREP = 20_000;
    public static final int MAX_INTELLIGENCE = 300;
    /** How many situation reports the board shows. */
    public static final int BOARD_SITREPS = 20;

    private final CrisisStore store;
    private final CrisisAccess access;
    private final CrisisInputs inputs;
    private final CrisisNotices notices;
    private final AttachmentCheck attachments;
    private final Alerts alerts;
    private final Members members;
    private final Clock clock;

    Crises(CrisisStore store, CrisisAccess access, CrisisInputs inputs, CrisisNotices notices,
           AttachmentCheck attachments, Alerts alerts, Members members, Clock clock) {
        this.store = store;
        this.access = access;
        this.inputs = inputs;
        this.notices = notices;
        this.attachments = attachments;
        this.alerts = alerts;
        this.members = members;
        this.clock = clock;
    }

    /** Whether the user may declare a crisis: a supervisor, crisis contact or API client of an AMC or the Secretariat. */
    public boolean mayDeclare(EadsUser user) {
        return CrisisAccess.mayDeclare(user);
    }

    /** Whether the user acts in crises (offers, reports, and for the declaring member every change). */
    public boolean mayAct(EadsUser user) {
        return CrisisAccess.responder(user);
    }

    /**
     * Declares a crisis of the user's member and sends the CRISIS alert to the crisis contacts of every member of
     * the distribution, in one transaction.
     */
    @Transactional
    public Crisis declare(EadsUser user, NewCrisis input) {
        if (!mayDeclare(user)) {
            throw new NotAllowedException("Only a supervisor or a crisis contact of an ASEANAPOL member or of the "
                    + "Secretariat may declare a crisis");
        }
        ValidCrisis c = inputs.crisis(input);
        UUID id = UUID.randomUUID();
        UUID alert = notices.declare(user, id, c, memberName(user.memberCode()));
        store.insert(id, user.memberCode(), user.id(), c, alert, clock.instant());
        access.changed(user, AuditAction.CRISIS_DECLARE, id, c.type() + ", distributed to " + c.distribution()
                + (c.exercise() ? ", exercise" : ""));
        return store.find(id, access.visible(user, "c")).orElseThrow();
    }

    /** The crises distributed to the user's member, newest first; {@code status} null for all. */
    public List<Crisis> list(EadsUser user, CrisisStatus status, int limit) {
        access.listed(user, status == null ? "all" : "status=" + status);
        return store.list(access.visible(user, "c"), status, Math.clamp(limit, 1, 500));
    }

    public Crisis view(EadsUser user, UUID id) {
        return access.view(user, id, null);
    }

    /** Everything the crisis board shows the user, as one audited view. */
    public CrisisBoard board(EadsUser user, UUID id) {
        Crisis crisis = access.view(user, id, "board");
        return new CrisisBoard(crisis, acknowledgementsOf(crisis), store.requests(id),
                store.sitreps(id, access.visible(user, "s"), BOARD_SITREPS), store.intelligence(id),
                pendingAlert(user, crisis));
    }

    /** Per member of the distribution, whether its crisis contacts acknowledged the declaration. */
    public List<CrisisAcknowledgement> acknowledgements(EadsUser user, UUID id) {
        return acknowledgementsOf(access.view(user, id, "acknowledgements"));
    }

    private List<CrisisAcknowledgement> acknowledgementsOf(Crisis crisis) {
        Map<String, MemberAcknowledgement> byMember = new LinkedHashMap<>();
        alerts.acknowledgements(crisis.declarationAlertId()).forEach(a -> byMember.put(a.memberCode(), a));
        Map<String, String> names = new LinkedHashMap<>();
        notices.reached(crisis.distribution()).forEach(m -> names.put(m.code(), m.name()));
        byMember.keySet().forEach(code -> names.putIfAbsent(code, memberName(code)));
        List<CrisisAcknowledgement> out = new ArrayList<>();
        names.forEach((code, name) -> {
            MemberAcknowledgement a = byMember.get(code);
            out.add(a == null ? new CrisisAcknowledgement(code, name, false, null, null, false)
                    : new CrisisAcknowledgement(code, name, a.acknowledged(), a.acknowledgedBy(), a.acknowledgedAt(),
                    a.escalated()));
        });
        return out;
    }

    /** The user's own crisis alert while nobody of their member has acknowledged it. */
    private UUID pendingAlert(EadsUser user, Crisis crisis) {
        return alerts.entry(user, crisis.declarationAlertId()).filter(InboxEntry::awaitingAck)
                .map(e -> e.alert().id()).orElse(null);
    }

    /** Acknowledges the crisis alert the user received ({@code via} PAGE or API). */
    @Transactional
    public void acknowledge(EadsUser user, UUID id, String via) {
        Crisis crisis = access.view(user, id, "acknowledge");
        try {
            alerts.acknowledge(user, crisis.declarationAlertId(), via);
        } catch (AlertNotFoundException e) {
            throw new NotAllowedException("The crisis alert was not sent to you: its recipients, the crisis "
                    + "contacts of each member, acknowledge it");
        }
    }

    /** Changes the status (ACTIVE, CONTAINED, CLOSED) and tells the distribution; closing is final. */
    @Transactional
    public Crisis changeStatus(EadsUser user, UUID id, String status, String note) {
        Crisis crisis = access.forOwnerChange(user, id, "change the status of the crisis");
        Problems p = new Problems();
        CrisisStatus next = CrisisInputs.choice(p, status, "status", CrisisStatus.class);
        CrisisInputs.text(p, note, "note", CrisisInputs.MAX_NOTES, false);
        p.throwIfAny();
        if (next == crisis.status()) {
            throw new CrisisConflictException("The crisis is already " + next);
        }
        store.setStatus(id, next, clock.instant());
        String body = "Status " + crisis.status() + " -> " + next + "." + (note == null || note.isBlank() ? ""
                : " " + note.strip());
        notices.toDistribution(user, crisis, next == CrisisStatus.CLOSED ? "crisis closed" : "status " + next, body);
        access.changed(user, AuditAction.CRISIS_CHANGE, id, "status " + crisis.status() + " -> " + next);
        return store.find(id, access.visible(user, "c")).orElseThrow();
    }

    /** Replaces the casualty figures and tells the distribution. */
    @Transactional
    public Crisis updateCasualties(EadsUser user, UUID id, CasualtyUpdate update) {
        Crisis crisis = access.forOwnerChange(user, id, "update the casualty figures");
        Casualties now = inputs.casualties(update);
        store.setCasualties(id, now, clock.instant());
        notices.toDistribution(user, crisis, "casualties " + now, "Casualties were " + crisis.casualties()
                + ", now " + now + ".");
        access.changed(user, AuditAction.CRISIS_CHANGE, id, "casualties " + crisis.casualties() + " -> " + now);
        return store.find(id, access.visible(user, "c")).orElseThrow();
    }

    /**
     * Adds a situation report to the timeline, with an optional file (10 MB at most, of an accepted type), for the
     * crisis's distribution or a narrower one, and tells its members.
     */
    @Transactional
    public SituationReport report(EadsUser user, UUID id, NewSituationReport input) {
        Crisis crisis = access.forChange(user, id, "write situation reports");
        Problems p = new Problems();
        CrisisInputs.text(p, input.text(), "text", MAX_SITREP, true);
        Distribution to = input.distribution() == null || input.distribution().isBlank() ? crisis.distribution()
                : CrisisInputs.choice(p, input.distribution(), "distribution", Distribution.class);
        if (to != null && !crisis.distribution().covers(to)) {
            p.add("distribution", "cannot reach further than the crisis itself (" + crisis.distribution() + ")");
        }
        Attachment file = input.attachment() == null ? null : attachments.check(input.attachment(), p);
        p.throwIfAny();
        UUID sitrep = UUID.randomUUID();
        Instant now = clock.instant();
        store.insertSitrep(sitrep, id, user.memberCode(), user.id(), input.text().strip(), to, file, now);
        notices.to(user, crisis, "situation report from " + user.memberCode(), abstractOf(input.text()),
                notices.reached(to).stream().map(Member::code).toList());
        access.changed(user, AuditAction.CRISIS_CHANGE, id, "situation report " + sitrep
                + (file == null ? "" : " with " + file.fileName()));
        return store.sitrep(id, sitrep, access.visible(user, "s")).orElseThrow();
    }

    /** The situation reports of the crisis the user may see, newest first. */
    public List<SituationReport> sitreps(EadsUser user, UUID id, int limit) {
        access.view(user, id, "situation reports");
        return store.sitreps(id, access.visible(user, "s"), Math.clamp(limit, 1, 500));
    }

    /** The file of a situation report the user may see. */
    public Attachment attachment(EadsUser user, UUID id, UUID sitrepId) {
        access.view(user, id, "attachment of situation report " + sitrepId);
        return store.attachment(id, sitrepId, access.visible(user, "s"))
                .orElseThrow(() -> new CrisisNotFoundException("Attachment of situation report", sitrepId));
    }

    /** Notes a suspect's name, a vehicle plate or a phone number on the crisis. */
    @Transactional
    public IntelligenceItem note(EadsUser user, UUID id, NewIntelligenceItem input) {
        access.forChange(user, id, "add intelligence");
        Problems p = new Problems();
        IntelligenceKind kind = CrisisInputs.choice(p, input.kind(), "kind", IntelligenceKind.class);
        CrisisInputs.text(p, input.value(), "value", MAX_INTELLIGENCE, true);
        CrisisInputs.text(p, input.note(), "note", CrisisInputs.MAX_NOTES, false);
        p.throwIfAny();
        UUID item = UUID.randomUUID();
        store.insertIntelligence(item, id, user.memberCode(), user.id(), kind, input.value().strip(),
                input.note() == null || input.note().isBlank() ? null : input.note().strip(), clock.instant());
        access.changed(user, AuditAction.CRISIS_CHANGE, id, "intelligence " + kind);
        return store.intelligence(id).stream().filter(i -> i.id().equals(item)).findFirst().orElseThrow();
    }

    public List<IntelligenceItem> intelligence(EadsUser user, UUID id) {
        access.view(user, id, "intelligence");
        return store.intelligence(id);
    }

    private String memberName(String code) {
        return members.find(code).map(Member::name).orElse(code);
    }

    private static String abstractOf(String text) {
        String t = text.strip();
        return t.length() <= 500 ? t : t.substring(0, 500) + "...";
    }
}
