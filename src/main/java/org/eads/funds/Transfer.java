package org.eads.funds;

import java.math.BigDecimal;
import java.time.Instant;

/** A supplied transfer with its accounts, as lists and the trace page show it. */
public record Transfer(long id, long caseId, String source, String txnId, Instant at, Account from, Account to,
                       BigDecimal amount, String currency, BigDecimal usd, String channel, String reference) {
}
