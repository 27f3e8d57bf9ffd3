package dev.sourced.testing;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves by hand. Plain tests construct it; a test profile that lists it among its enabled alternatives
 * puts it in place of the application's clock, and its tests inject it to move the application's time.
 */
@Alternative
@Singleton
public class MovableClock extends Clock {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-06-03T09:00:00Z"));

    /** Moves this clock forward (or back, for a negative amount). */
    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a movable clock keeps UTC");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
