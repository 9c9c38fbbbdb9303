package org.eads.crisis;

import org.eads.sharing.SharingLevel;

/** Who a crisis or a situation report goes to besides its own member. */
public enum Distribution {
    /** The ten AMCs and the Secretariat. */
    MEMBERS("Members and Secretariat", SharingLevel.MEMBERS),
    /** The AMCs, the Secretariat and the dialogue partners. */
    MEMBERS_AND_PARTNERS("Members, Secretariat and partners", SharingLevel.MEMBERS_AND_PARTNERS);

    private final String label;
    private final SharingLevel level;

    Distribution(String label, SharingLevel level) {
        this.label = label;
        this.level = level;
    }

    public String label() {
        return label;
    }

    /** The sharing level that gives the same audience, for the one access decision. */
    public SharingLevel sharingLevel() {
        return level;
    }

    public static Distribution of(SharingLevel level) {
        return level == SharingLevel.MEMBERS_AND_PARTNERS ? MEMBERS_AND_PARTNERS : MEMBERS;
    }

    /** Whether this reaches at least everyone the other reaches. */
    public boolean covers(Distribution other) {
        return compareTo(other) >= 0;
    }
}
