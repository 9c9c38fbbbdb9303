package org.eads.crisis;

import java.util.List;

/**
 * A card of the crisis board kept by another module: a key for its element ids, its heading, links to the work done
 * for the crisis, and a link to start more ({@code start} null when the user may not).
 */
public record CrisisWorkCard(String key, String heading, List<Link> items, Link start) {

    public CrisisWorkCard {
        items = List.copyOf(items);
    }

    /** A link inside e-ADS. */
    public record Link(String text, String href) {
    }
}
