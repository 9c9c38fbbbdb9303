package org.eads.funds.internal;

import java.util.Map;

import org.eads.scam.Recoveries;
import org.springframework.stereotype.Component;

/** The scam centre's recovery figures, from the freeze requests. */
@Component
class FundsRecoveries implements Recoveries {

    private final FreezeStore store;

    FundsRecoveries(FreezeStore store) {
        this.store = store;
    }

    @Override
    public Recovered of(String memberCode) {
        Map<String, Long> t = store.totals(memberCode);
        return new Recovered(FundsStore.usd(t.get("requested")), FundsStore.usd(t.get("frozen")),
                FundsStore.usd(t.get("returned")), t.get("open"));
    }
}
