package org.eads.cli.bench;

import java.util.Arrays;

/** Latencies of one run, in milliseconds. */
public final class Latencies {

    private final double[] ms;
    private int n;

    public Latencies(int capacity) {
        ms = new double[capacity];
    }

    public void add(long nanos) {
        ms[n++] = nanos / 1_000_000.0;
    }

    public int count() {
        return n;
    }

    public double percentile(double p) {
        double[] sorted = Arrays.copyOf(ms, n);
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, i))];
    }

    /** The median of several runs' values. */
    public static double median(double... values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
