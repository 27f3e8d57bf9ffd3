package dev.sourced.slack;

import static dev.sourced.slack.SignedEvents.awaitReply;
import static dev.sourced.slack.SignedEvents.eventId;
import static dev.sourced.slack.SignedEvents.mention;
import static dev.sourced.slack.SignedEvents.message;
import static dev.sourced.slack.SignedEvents.postEvent;
import static dev.sourced.slack.SignedEvents.repliesIn;
import static dev.sourced.slack.SignedEvents.ts;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Past a full answer queue: the event is still acknowledged, and a question addressed to the bot (here in an
 * assistant thread, whose events Bolt's assistant middleware dispatches) gets the "busy" note in its thread.
 */
@QuarkusTest
@TestProfile(SlackBusyProfile.class)
class SlackBusyTest {
    /** A new one for each test: see {@link FakeSlack#inject}. */
    FakeSlack.Workspace slack;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    @Test
    void pastAFullQueueAnAssistantThreadIsToldTheBotIsBusy() {
        String working = ts();
        String waiting = ts();
        CountDownLatch held = slack.holdThreadReads();
        try {
            // The one worker reads the mention's thread, and waits there; the next question fills the queue.
            postEvent(mention(eventId(), ts(), working, "<@UBOT> Who is China's ambassador to the United Nations?"))
                    .statusCode(200);
            await("the worker is reading a thread")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> !slack.calls("conversations.replies").isEmpty());
            postEvent(mention(eventId(), waiting, null, "<@UBOT> Who is Hua Chunying?"))
                    .statusCode(200);

            String thread = ts();
            postEvent(message(
                            "D1", "im", ts(), thread, "U1", "Which agreement did China urge the parties to return to?"))
                    .statusCode(200);
            awaitReply(slack, p -> thread.equals(p.get("thread_ts")));
            assertEquals(
                    List.of(SlackReplyFormat.BUSY),
                    repliesIn(slack, thread).stream().map(p -> p.get("text")).toList());
            assertEquals(List.of(), slack.calls("assistant.threads.setStatus"), "no status for a question turned away");
        } finally {
            held.countDown();
        }
        // The questions the queue took are answered once the worker is free.
        awaitReply(slack, p -> working.equals(p.get("thread_ts")));
        awaitReply(slack, p -> waiting.equals(p.get("thread_ts")));
        assertTrue(repliesIn(slack, working).getFirst().get("text").contains("Zhang Jun"));
    }
}
