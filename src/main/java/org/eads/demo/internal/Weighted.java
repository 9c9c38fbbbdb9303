package org.eads.demo.internal;

import java.util.ArrayList;
import java.util.List;

/** A choice among values with integer weights, drawn with one random number and no allocation. */
public final class Weighted<T> {

    private final List<T> values;
    private final int[] cumulative;

    private Weighted(List<T> values, int[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public T pick(Rng rng) {
        int r = rng.below(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return values.get(i);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    public List<T> values() {
        return values;
    }

    public static final class Builder<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Integer> weights = new ArrayList<>();

        public Builder<T> add(T value, int weight) {
            if (weight > 0) {
                values.add(value);
                weights.add(weight);
            }
            return this;
        }

        public Weighted<T> build() {
            if (values.isEmpty()) {
                throw new IllegalStateException("a weighted choice needs at least one value with a positive weight");
            }
            int[] cumulative = new int[weights.size()];
            int sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            return new Weighted<>(List.copyOf(values), cumulative);
        }
    }
}
