package org.eads.dvi.internal.web;

import java.util.List;
import java.util.Optional;

import org.eads.crisis.Crisis;
import org.eads.crisis.CrisisWork;
import org.eads.crisis.CrisisWorkCard;
import org.eads.dvi.DviOperations;
import org.eads.dvi.Operation;
import org.eads.identity.EadsUser;
import org.springframework.stereotype.Component;

/**
 * The DVI card of the crisis board: the operations opened from the crisis that the user's member takes part in, and
 * for those who open operations a link to open one from the crisis.
 */
@Component
class DviCrisisWork implements CrisisWork {

    private final DviOperations operations;

    DviCrisisWork(DviOperations operations) {
        this.operations = operations;
    }

    @Override
    public Optional<CrisisWorkCard> card(EadsUser user, Crisis crisis) {
        List<Operation> linked = operations.ofCrisis(user, crisis.id());
        boolean mayOpen = DviOperations.mayOpen(user);
        if (linked.isEmpty() && !mayOpen) {
            return Optional.empty();
        }
        return Optional.of(new CrisisWorkCard("dvi", "DVI operations", linked.stream()
                .map(o -> new CrisisWorkCard.Link(o.name() + " (" + o.place() + ", led by " + o.leadMember() + ")",
                        "/dvi/operations/" + o.id())).toList(),
                mayOpen ? new CrisisWorkCard.Link("Open a DVI operation", "/dvi?crisis=" + crisis.id()) : null));
    }
}
