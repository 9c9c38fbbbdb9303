package org.eads.scam;

import java.time.Instant;
import java.util.Set;

/**
 * A partner organisation of a member (a bank, an e-wallet, a telco, a platform): which indicator kinds its API clients
 * may check and which they may report as signals, and how many checks it may make a minute and a day.
 */
public record Partner(long id, String memberCode, String name, Sector sector, Set<IndicatorKind> checkKinds,
                      Set<IndicatorKind> signalKinds, int perMinute, long perDay, boolean active, Instant createdAt) {

    public enum Sector {
        BANK, E_WALLET, TELCO, PLATFORM, OTHER
    }

    /** What a member administrator gives to register or change a partner. */
    public record Input(String name, Sector sector, Set<IndicatorKind> checkKinds, Set<IndicatorKind> signalKinds,
                        Integer perMinute, Long perDay) {
    }

    /** An API client of a partner as the partner page lists it. */
    public record Client(long userId, String username, boolean enabled, Instant lastUsed) {
    }

    /** A client just added, with its token: the only time the token can be seen. */
    public record NewClient(String username, String token) {
        @Override
        public String toString() {
            return "NewClient[username=" + username + "]";
        }
    }
}
