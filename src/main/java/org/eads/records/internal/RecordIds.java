package org.eads.records.internal;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Record ids: UUID version 7 (RFC 9562), whose first 48 bits are the creation time in milliseconds. New records land
 * at the end of the primary key's index instead of at random places, which keeps bulk imports fast at millions of
 * rows. The ids carry no secret: access is decided by the sharing policy, never by the id being hard to guess.
 */
public final class RecordIds {

    private RecordIds() {
    }

    public static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
