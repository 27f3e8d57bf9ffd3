package dev.sourced.limits;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code perMinute} requests a minute on average, bursts up to {@code burst}. Remembers
 * the most recently seen clients only, so a flood of addresses cannot grow it without bound. Thread-safe.
 */
public final class RateLimiter {
    private static final int MAX_CLIENTS = 10_000;

    private final double perNano;
    private final double burst;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    public RateLimiter(int perMinute, int burst, LongSupplier nanoClock) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("rate and burst must be positive");
        }
        this.perNano = perMinute / 60e9;
        this.burst = burst;
        this.clock = nanoClock;
    }

    /** Empty when the request may go ahead; otherwise how long until it would. */
    public synchronized Optional<Duration> tryAcquire(String client) {
        long now = clock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * perNano);
        bucket.updated = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / perNano)));
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
