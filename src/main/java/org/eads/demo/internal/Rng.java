package org.eads.demo.internal;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The one source of randomness of a generator: seeded, so that the same seed gives the same records, and cheap, so
 * that a million records cost no more than a few seconds.
 */
public final class Rng {

    /** Letters that are used in document numbers: I and O are left out because they read as 1 and 0. */
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final SplittableRandom random;

    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** 0 (inclusive) to {@code bound} (exclusive). */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    /** {@code from} to {@code to}, both inclusive. */
    public int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** True in {@code percent} of calls out of a hundred. */
    public boolean percent(int percent) {
        return random.nextInt(100) < percent;
    }

    public long nextLong() {
        return random.nextLong();
    }

    public void nextBytes(byte[] bytes) {
        random.nextBytes(bytes);
    }

    public <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    public <T> T pick(T[] array) {
        return array[random.nextInt(array.length)];
    }

    public char letter() {
        return LETTERS.charAt(random.nextInt(LETTERS.length()));
    }

    public char digit() {
        return (char) ('0' + random.nextInt(10));
    }

    /** Appends {@code count} random digits. */
    public StringBuilder digits(StringBuilder sb, int count) {
        for (int i = 0; i < count; i++) {
            sb.append(digit());
        }
        return sb;
    }

    public String digits(int count) {
        return digits(new StringBuilder(count), count).toString();
    }

    /** Fills a layout: {@code @} becomes a letter, {@code #} a digit, anything else stays as written. */
    public String layout(String layout) {
        StringBuilder sb = new StringBuilder(layout.length());
        for (int i = 0; i < layout.length(); i++) {
            char c = layout.charAt(i);
            sb.append(c == '#' ? digit() : c == '@' ? letter() : c);
        }
        return sb.toString();
    }
}
