package dev.sourced.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(60, 3, now::get);

    @Test
    void aBurstPassesThenTheRateApplies() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("a").isEmpty(), "request " + i + " of the burst");
        }
        Optional<Duration> wait = limiter.tryAcquire("a");
        assertTrue(wait.isPresent());
        assertEquals(1, wait.get().toSeconds(), "one a second refills one token");
    }

    @Test
    void tokensRefillWithTimeAndClientsAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a");
        }
        assertTrue(limiter.tryAcquire("b").isEmpty(), "another client has its own bucket");
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(limiter.tryAcquire("a").isEmpty());
        assertTrue(limiter.tryAcquire("a").isPresent());
    }

    @Test
    void anIdleClientIsForgottenOnceItsBucketWouldBeFullAnyway() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a");
        }
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("a").isEmpty(), "a full burst again after the refill time");
        }
        assertTrue(limiter.tryAcquire("a").isPresent());
    }

    @Test
    void manyClientsAtOnceEachGetTheirOwnBucket() throws Exception {
        RateLimiter shared = new RateLimiter(60, 1, now::get);
        java.util.concurrent.atomic.AtomicInteger granted = new java.util.concurrent.atomic.AtomicInteger();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4_000; i++) {
                String client = "c" + (i % 1_000);
                pool.execute(() -> shared.tryAcquire(client).ifPresentOrElse(w -> {}, granted::incrementAndGet));
            }
        }
        assertEquals(1_000, granted.get(), "one request per client, however they interleave");
    }
}
