package org.eads.audit;

/** What the audit log records. */
public enum AuditAction {
    LOGIN_SUCCESS, LOGIN_FAILURE, LOGOUT, TOTP_ENROLLED, ACCOUNT_LOCKED,
    TOKEN_ISSUED, TOKEN_REVOKED,
    RECORD_VIEW, RECORD_LIST, RECORD_CREATE, RECORD_UPDATE, RECORD_DELETE, RECORD_LINK,
    EXPORT, IMPORT,
    SEARCH, DISCLOSURE_REQUEST, DISCLOSURE_DECISION, DISCLOSURE_VIEW,
    ALERT_SEND, ALERT_VIEW, ALERT_ACK, HIT_VIEW, HIT_MESSAGE, HIT_OUTCOME,
    NOTICE_DRAFT, NOTICE_SUBMIT, NOTICE_APPROVE, NOTICE_REJECT, NOTICE_ISSUE, NOTICE_UPDATE, NOTICE_CANCEL,
    NOTICE_FLAG, NOTICE_VIEW, NOTICE_LIST,
    ADMIN_CHANGE,
    CRISIS_DECLARE, CRISIS_VIEW, CRISIS_LIST, CRISIS_CHANGE,
    SCAM_REPORT, SCAM_VIEW, SCAM_CHANGE,
    FUNDS_VIEW, FUNDS_TRACE, FUNDS_CHANGE, FREEZE_REQUEST, FREEZE_ACTION,
    AUDIT_VIEW, AUDIT_EXPORT, AUDIT_VERIFY;

    /**
     * Whether this discloses information without changing anything. Once answered, a read has happened whatever
     * becomes of the transaction around it, so its entry never joins that transaction.
     */
    public boolean isRead() {
        return switch (this) {
            case RECORD_VIEW, RECORD_LIST, EXPORT, SEARCH, AUDIT_VIEW, AUDIT_EXPORT, AUDIT_VERIFY, ALERT_VIEW, HIT_VIEW,
                 DISCLOSURE_VIEW, NOTICE_VIEW, NOTICE_LIST, CRISIS_VIEW, CRISIS_LIST,
                 SCAM_VIEW, FUNDS_VIEW, FUNDS_TRACE -> true;
            default -> false;
        };
    }
}
