package org.eads.scam;

import java.math.BigDecimal;

/**
 * What the members recovered of scam money through freeze requests, for the centre's dashboard. The fund tracing
 * module answers it; without it the dashboard shows no recovery figures.
 */
public interface Recoveries {

    /** The freeze requests the member sent or received, in US dollars. */
    Recovered of(String memberCode);

    record Recovered(BigDecimal requestedUsd, BigDecimal frozenUsd, BigDecimal returnedUsd, long open) {
    }
}
