package org.eads.alerts;

/** Which notices a list shows: of one type or all ({@code type} null), and in which state. */
public record NoticeFilter(NoticeType type, State state) {

    /** Which notices by their state. */
    public enum State {
        /** Issued or updated, not expired. */
        ACTIVE,
        /** Issued or updated, past their expiry date. */
        EXPIRED,
        CANCELLED,
        /** Drafts and notices awaiting approval: the issuing member's own. */
        IN_PREPARATION,
        ALL
    }

    public NoticeFilter {
        state = state == null ? State.ACTIVE : state;
    }

    public String describe() {
        return ("state=" + state + (type == null ? "" : " type=" + type)).strip();
    }
}
