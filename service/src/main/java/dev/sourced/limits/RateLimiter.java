package dev.sourced.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code perMinute} requests a minute on average, bursts up to {@code burst}. A client's
 * bucket is forgotten once it has been idle long enough to be full again (a new bucket is the same), and at most
 * {@link #MAX_CLIENTS} are kept, so a flood of addresses cannot grow it without bound. Thread-safe: each bucket is
 * updated atomically, without one lock for all clients.
 */
public final class RateLimiter {
    private static final int MAX_CLIENTS = 10_000;

    private final double perNano;
    private final double burst;
    private final LongSupplier clock;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(int perMinute, int burst, LongSupplier nanoClock) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("rate and burst must be positive");
        }
        this.perNano = perMinute / 60e9;
        this.burst = burst;
        this.clock = nanoClock;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_CLIENTS)
                .expireAfterAccess(Duration.ofNanos((long) Math.ceil(burst / perNano)))
                .ticker(nanoClock::getAsLong)
                .executor(Runnable::run)
                .build();
    }

    /** Empty when the request may go ahead; otherwise how long until it would. */
    public Optional<Duration> tryAcquire(String client) {
        long now = clock.getAsLong();
        Bucket bucket = buckets.asMap()
                .compute(
                        client,
                        (c, old) -> (old == null ? new Bucket(burst, now, false) : old.refilled(now, perNano, burst))
                                .take());
        if (bucket.granted()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - bucket.tokens()) / perNano)));
    }

    /** Tokens left at {@code updated}, and whether the last request took one. */
    private record Bucket(double tokens, long updated, boolean granted) {
        Bucket refilled(long now, double perNano, double burst) {
            return new Bucket(Math.min(burst, tokens + (now - updated) * perNano), now, false);
        }

        Bucket take() {
            return tokens >= 1 ? new Bucket(tokens - 1, updated, true) : new Bucket(tokens, updated, false);
        }
    }
}
