package dev.sourced.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the ids of recently handled Slack events, so a retry or a duplicate delivery of the same event is
 * acknowledged without a second answer. Bounded: the oldest ids are forgotten first. Thread-safe.
 */
public final class RecentEvents {
    private final Map<String, Boolean> seen;

    public RecentEvents(int capacity) {
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time an id is offered, false for every repeat while it is remembered. */
    public synchronized boolean firstTime(String eventId) {
        return seen.putIfAbsent(eventId, Boolean.TRUE) == null;
    }
}
