package org.eads.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request to the member where an account is held to freeze what is left there of traced money: how much, the
 * transactions that brought it, the legal basis, how urgent, whom to contact; and what the receiving member did.
 * Amounts in US dollars.
 */
public record FreezeRequest(long id, String reference, long caseId, Long traceId, Account account,
                            String requestingMember, String receivingMember, BigDecimal amountUsd,
                            List<String> transfers, String legalBasis, Urgency urgency, String contact,
                            FreezeStatus status, BigDecimal frozenUsd, BigDecimal returnedUsd, UUID alertId,
                            long createdBy, Instant createdAt, Instant updatedAt, List<Action> actions) {

    public enum Urgency {
        /** Money is moving now: minutes count. */
        IMMEDIATE,
        /** Within hours. */
        URGENT,
        ROUTINE
    }

    /** What the receiving member did. */
    public enum ActionKind {
        FORWARDED, FROZEN, PARTIAL, REFUSED, RETURNED
    }

    /** One thing the receiving member recorded. */
    public record Action(ActionKind action, BigDecimal amountUsd, String note, String byMember, String byName,
                         Instant at) {
    }

    /** What an investigator sends from a trace: the accounts, and what goes with every request. */
    public record Input(List<Long> accounts, String legalBasis, String urgency, String contact) {
    }

    /** A request the trace would prepare: an account holding traced money, where, how much, how it came. */
    public record Draft(Account account, String receivingMember, BigDecimal amountUsd, List<String> transfers,
                        String problem) {
    }
}
