package org.eads.stats;

import java.util.List;

/**
 * A crime area as one classification version maps it: its UNODC ICCS codes, its context tags (CYBER, TERRORISM,
 * MARITIME...) and the indicators collected for it.
 */
public record CrimeArea(String code, String name, int position, List<String> iccsCodes, List<String> contextTags,
                        List<String> indicators) {

    public CrimeArea {
        iccsCodes = List.copyOf(iccsCodes);
        contextTags = List.copyOf(contextTags);
        indicators = List.copyOf(indicators);
    }
}
