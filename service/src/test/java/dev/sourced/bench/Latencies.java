package dev.sourced.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Recorded durations and their percentiles. Not thread-safe; merge per-thread instances. */
final class Latencies {
    private final List<Long> nanos = new ArrayList<>();

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    void addAll(Latencies other) {
        nanos.addAll(other.nanos);
    }

    int count() {
        return nanos.size();
    }

    double percentileMillis(double p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }

    double p50() {
        return percentileMillis(0.50);
    }

    double p99() {
        return percentileMillis(0.99);
    }
}
