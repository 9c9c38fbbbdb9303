package org.eads.crisis;

import java.util.Optional;

import org.eads.identity.EadsUser;

/**
 * Work another module does for a crisis, shown as a card on the crisis board (the DVI operations opened from it, for
 * one). That module implements this interface, so it depends on the crisis module and never the other way round.
 */
public interface CrisisWork {

    /** The card the user sees for the crisis, or empty when this work has nothing to show them. */
    Optional<CrisisWorkCard> card(EadsUser user, Crisis crisis);
}
