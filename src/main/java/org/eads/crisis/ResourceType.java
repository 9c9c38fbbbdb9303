package org.eads.crisis;

/** What a member may ask other members for in a crisis. */
public enum ResourceType {
    POST_BLAST_INVESTIGATORS("Post-blast investigators"),
    BOMB_DISPOSAL("Bomb disposal"),
    DVI_TEAM("DVI team"),
    FORENSIC_EXPERTS("Forensic experts"),
    CYBER_INCIDENT_RESPONDERS("Cyber incident responders"),
    LIAISON_OFFICERS("Liaison officers"),
    INTELLIGENCE_ANALYSTS("Intelligence analysts"),
    EQUIPMENT("Equipment");

    private final String label;

    ResourceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
