package org.eads.funds.internal;

import java.math.BigDecimal;
import java.time.Instant;

import org.eads.funds.AccountKind;

/** A checked transaction, ready to write; {@code toKind} is what its channel says the receiving account is. */
record TransferRow(int line, String txnId, Instant at, AccountKey from, AccountKey to, AccountKind toKind,
                   BigDecimal amount, String currency, long usdCents, String channel, String reference) {
}
