package org.eads.funds.internal.tracing;

import java.math.BigInteger;

/** Arithmetic on US cents that never overflows and never makes a cent up. */
final class Cents {

    private Cents() {
    }

    /** The share {@code part / whole} of an amount, rounded down; {@code part < whole}. */
    static long share(long amount, long part, long whole) {
        if (Math.multiplyHigh(amount, part) == 0 && amount * part >= 0) {
            return amount * part / whole;
        }
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(part)).divide(BigInteger.valueOf(whole))
                .longValueExact();
    }
}
