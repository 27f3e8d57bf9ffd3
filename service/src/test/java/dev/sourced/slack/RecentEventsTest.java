package dev.sourced.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentEventsTest {
    private final AtomicLong now = new AtomicLong();
    private final RecentEvents recent = new RecentEvents(now::get);

    @Test
    void aRepeatWithinTheWindowIsNotNew() {
        assertTrue(recent.firstTime("Ev1"));
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertFalse(recent.firstTime("Ev1"), "Slack's last retry comes about five minutes after the first delivery");
        assertTrue(recent.firstTime("Ev2"));
    }

    @Test
    void idsAreForgottenByTimeNotByCount() {
        for (int i = 0; i < 20_000; i++) {
            recent.firstTime("Ev" + i);
        }
        assertFalse(recent.firstTime("Ev0"), "twenty thousand later ids do not push out the first");
        now.addAndGet(RecentEvents.WINDOW.plusSeconds(1).toNanos());
        assertTrue(recent.firstTime("Ev0"), "past the window an id is new again");
    }
}
