package org.eads.crisis;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.eads.audit.AuditAction;
import org.eads.crisis.internal.CrisisAccess;
import org.eads.crisis.internal.CrisisInputs;
import org.eads.crisis.internal.CrisisNotices;
import org.eads.crisis.internal.CrisisStore;
import org.eads.crisis.internal.ValidOffer;
import org.eads.crisis.internal.ValidRequest;
import org.eads.identity.EadsUser;
import org.eads.member.Member;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for assistance in a crisis and the deployments that answer them, after OASIS EDXL-RM: the declaring member
 * requests a resource (RequestResource), other members answer (ResponseToRequestResource: all of it, part of it, or
 * a reasoned decline), the requesting member accepts an offer (CommitResource), the providing member reports its
 * team en route and on site, and the requesting member releases it (ReleaseResource). Each step tells the other side
 * with a CRISIS_UPDATE alert.
 */
@Service
public class Assistance {

    private final CrisisStore store;
    private final CrisisAccess access;
    private final CrisisInputs inputs;
    private final CrisisNotices notices;
    private final Clock clock;

    Assistance(CrisisStore store, CrisisAccess access, CrisisInputs inputs, CrisisNotices notices, Clock clock) {
        this.store = store;
        this.access = access;
        this.inputs = inputs;
        this.notices = notices;
        this.clock = clock;
    }

    /** Asks the other members of the distribution for a resource; only the declaring member asks. */
    @Transactional
    public AssistanceRequest request(EadsUser user, UUID crisisId, NewAssistanceRequest input) {
        Crisis crisis = access.forOwnerChange(user, crisisId, "ask for assistance");
        ValidRequest r = inputs.request(input);
        UUID id = UUID.randomUUID();
        store.insertRequest(id, crisisId, user.memberCode(), user.id(), r, clock.instant());
        List<String> others = notices.reached(crisis.distribution()).stream().map(Member::code)
                .filter(code -> !code.equals(user.memberCode())).toList();
        notices.to(user, crisis, "request for assistance: " + r.quantity() + " x " + r.resourceType().label(),
                user.memberCode() + " asks for " + r.quantity() + " x " + r.resourceType().label() + ", needed by "
                        + r.neededBy() + (r.place() == null ? "" : " at " + r.place()) + "."
                        + (r.notes() == null ? "" : " " + r.notes()), others);
        access.changed(user, AuditAction.CRISIS_CHANGE, crisisId, "request " + id + ": " + r.quantity() + " x "
                + r.resourceType());
        return request(crisisId, id);
    }

    /** The requests of the crisis, oldest first, with their offers. */
    public List<AssistanceRequest> requests(EadsUser user, UUID crisisId) {
        access.view(user, crisisId, "requests for assistance");
        return store.requests(crisisId);
    }

    /** Answers a request of another member: ACCEPT (all of it), PARTIAL (a quantity) or DECLINE (with a reason). */
    @Transactional
    public Offer offer(EadsUser user, UUID crisisId, UUID requestId, NewOffer input) {
        Crisis crisis = access.forChange(user, crisisId, "offer assistance");
        AssistanceRequest request = request(crisisId, requestId);
        if (request.memberCode().equals(user.memberCode())) {
            throw new NotAllowedException("Your member made this request: other members answer it");
        }
        ValidOffer o = inputs.offer(input, request);
        UUID id = UUID.randomUUID();
        store.insertOffer(id, request, user.memberCode(), user.id(), o, clock.instant());
        String what = request.resourceType().label();
        String subject = switch (o.response()) {
            case ACCEPT -> user.memberCode() + " offers all " + o.quantity() + " x " + what;
            case PARTIAL -> user.memberCode() + " offers " + o.quantity() + " of " + request.quantity() + " x " + what;
            case DECLINE -> user.memberCode() + " declines the request for " + what;
        };
        String body = subject + "." + (o.reason() == null ? "" : " Reason: " + o.reason() + ".")
                + (o.notes() == null ? "" : " " + o.notes());
        notices.to(user, crisis, subject, body, List.of(request.memberCode()));
        access.changed(user, AuditAction.CRISIS_CHANGE, crisisId, "offer " + id + " on request " + requestId + ": "
                + o.response() + " " + o.quantity());
        return offer(crisisId, id);
    }

    /** The requesting member accepts an offer: it becomes a deployment. */
    @Transactional
    public Offer accept(EadsUser user, UUID crisisId, UUID offerId) {
        return move(user, crisisId, offerId, DeploymentState.ACCEPTED);
    }

    /**
     * Moves a deployment on: ACCEPTED and RELEASED by the requesting member, EN_ROUTE and ON_SITE by the providing
     * member. A state out of order is refused (409). A resource may still be released once the crisis is closed.
     */
    @Transactional
    public Offer move(EadsUser user, UUID crisisId, UUID offerId, String state) {
        Problems p = new Problems();
        DeploymentState to = CrisisInputs.choice(p, state, "state", DeploymentState.class);
        p.throwIfAny();
        return move(user, crisisId, offerId, to);
    }

    private Offer move(EadsUser user, UUID crisisId, UUID offerId, DeploymentState to) {
        String what = to == DeploymentState.ACCEPTED ? "accept offers" : "report a deployment " + to.label();
        Crisis crisis = access.forChange(user, crisisId, what, to != DeploymentState.RELEASED);
        Offer offer = offer(crisisId, offerId);
        AssistanceRequest request = request(crisisId, offer.requestId());
        String requester = request.memberCode();
        String actor = to.reportedByProvider() ? offer.memberCode() : requester;
        if (!actor.equals(user.memberCode())) {
            throw new NotAllowedException("Only " + actor + (to.reportedByProvider() ? ", which provides it,"
                    : ", which requested it,") + " may " + (to.reportedByProvider() ? "report it " + to.label()
                    : what));
        }
        if (!offer.deploys()) {
            throw new CrisisConflictException("This offer declined the request: there is nothing to deploy");
        }
        if (!offer.state().mayBecome(to) || !store.moveOffer(offerId, offer.state(), to, clock.instant())) {
            throw new CrisisConflictException("A deployment that is " + offer.state() + " cannot become " + to
                    + ": it goes OFFERED, ACCEPTED, EN_ROUTE, ON_SITE, RELEASED in that order, and may be "
                    + "released at any point after its acceptance");
        }
        String other = actor.equals(requester) ? offer.memberCode() : requester;
        String subject = offer.memberCode() + " " + offer.quantity() + " x " + request.resourceType().label() + " "
                + to.label();
        notices.to(user, crisis, subject, subject + " (" + user.memberCode() + ").", List.of(other));
        access.changed(user, AuditAction.CRISIS_CHANGE, crisisId, "deployment " + offerId + " " + offer.state()
                + " -> " + to);
        return offer(crisisId, offerId);
    }

    private AssistanceRequest request(UUID crisisId, UUID requestId) {
        return store.requests(crisisId).stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new CrisisNotFoundException("Request for assistance", requestId));
    }

    private Offer offer(UUID crisisId, UUID offerId) {
        return store.requests(crisisId).stream().flatMap(r -> r.offers().stream())
                .filter(o -> o.id().equals(offerId)).findFirst()
                .orElseThrow(() -> new CrisisNotFoundException("Offer", offerId));
    }
}
