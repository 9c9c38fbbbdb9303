package org.eads.crisis;

/** The kinds of crisis the ACCPCM protocol covers. */
public enum CrisisType {
    TERRORIST_ATTACK("Terrorist attack"),
    BOMBING("Bombing"),
    MASS_CASUALTY("Mass-casualty incident"),
    HOSTAGE_SITUATION("Hostage situation"),
    CYBER_ATTACK("Cyber attack on critical infrastructure"),
    NATURAL_DISASTER("Natural disaster with criminal aspects");

    private final String label;

    CrisisType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
