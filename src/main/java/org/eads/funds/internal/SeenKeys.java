package org.eads.funds.internal;

/**
 * The transaction ids an import has written so far, as 64-bit hashes in an open-addressed table: a hash seen before
 * only says "maybe a duplicate", which the database then settles, so a collision costs a query, never a transfer.
 */
final class SeenKeys {

    private long[] slots = new long[1 << 16];
    private int size;

    /** Adds the id; false when its hash was there already. */
    boolean add(String id) {
        long h = hash(id);
        if (size * 2 >= slots.length) {
            grow();
        }
        if (put(slots, h)) {
            size++;
            return true;
        }
        return false;
    }

    private static boolean put(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = h;
                return true;
            }
            if (table[i] == h) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long h : old) {
            if (h != 0) {
                put(slots, h);
            }
        }
    }

    /** FNV-1a over the characters, never 0 (0 marks an empty slot). */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
