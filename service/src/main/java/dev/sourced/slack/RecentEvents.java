package dev.sourced.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Remembers keys for a while: by default the ids of recently handled Slack events, so a retry or a duplicate delivery
 * of the same event is acknowledged without a second answer. Slack retries a failed delivery three times: at once,
 * after a minute and after five; an id is remembered for {@link #WINDOW}, past the last retry. The size bound only
 * guards memory against a flood: past it some keys are forgotten early. Thread-safe.
 */
public final class RecentEvents {
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_IDS = 100_000;

    private final Cache<String, Boolean> seen;

    public RecentEvents() {
        this(System::nanoTime);
    }

    RecentEvents(Ticker ticker) {
        this(WINDOW, MAX_IDS, ticker);
    }

    /** Remembers at most {@code maxKeys} keys, each for {@code window} after it was first offered. */
    RecentEvents(Duration window, int maxKeys, Ticker ticker) {
        this.seen = Caffeine.newBuilder()
                .expireAfterWrite(window)
                .maximumSize(maxKeys)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    /** True the first time a key is offered, false for every repeat while it is remembered. */
    public boolean firstTime(String key) {
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }
}
