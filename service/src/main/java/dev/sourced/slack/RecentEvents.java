package dev.sourced.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Remembers the ids of recently handled Slack events for a while, so a retry or a duplicate delivery of the same
 * event is acknowledged without a second answer. Slack retries a failed delivery three times: at once, after a
 * minute and after five; an id is remembered for {@link #WINDOW}, past the last retry. The size bound only guards
 * memory against a flood. Thread-safe.
 */
public final class RecentEvents {
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_IDS = 100_000;

    private final Cache<String, Boolean> seen;

    public RecentEvents() {
        this(System::nanoTime);
    }

    RecentEvents(com.github.benmanes.caffeine.cache.Ticker ticker) {
        this.seen = Caffeine.newBuilder()
                .expireAfterWrite(WINDOW)
                .maximumSize(MAX_IDS)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    /** True the first time an id is offered, false for every repeat while it is remembered. */
    public boolean firstTime(String eventId) {
        return seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    }
}
