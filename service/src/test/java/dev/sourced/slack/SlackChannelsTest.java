package dev.sourced.slack;

import static dev.sourced.slack.SignedEvents.assertAnsweredInChannel;
import static dev.sourced.slack.SignedEvents.directMessage;
import static dev.sourced.slack.SignedEvents.eventId;
import static dev.sourced.slack.SignedEvents.mention;
import static dev.sourced.slack.SignedEvents.message;
import static dev.sourced.slack.SignedEvents.postCommand;
import static dev.sourced.slack.SignedEvents.postEvent;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.IndexReady;
import dev.sourced.testing.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With an allow-list of channels and direct messages off: answers there, and elsewhere says where to ask. */
@QuarkusTest
@TestProfile(SlackChannelsProfile.class)
class SlackChannelsTest {
    private static final AtomicInteger TS = new AtomicInteger();
    private static final String NOTE = "I answer questions only in <#C1> and <#C2>. Please ask me there.";

    /** A new one for each test: see {@link FakeSlack#inject}. */
    FakeSlack.Workspace slack;

    @Inject
    MovableClock clock;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    private static String ts() {
        return "1700100000." + TS.incrementAndGet();
    }

    private List<Map<String, String>> repliesIn(String channel, String threadTs) {
        return slack.posted().stream()
                .filter(p -> channel.equals(p.get("channel")) && threadTs.equals(p.get("thread_ts")))
                .toList();
    }

    private List<String> textsIn(String channel, String threadTs) {
        return repliesIn(channel, threadTs).stream().map(p -> p.get("text")).toList();
    }

    /** Asks in an allowed channel and waits for the answer: with one worker, everything queued before it is done. */
    private void drain() {
        String ts = ts();
        postEvent(mention(eventId(), "C2", ts, null, "<@UBOT> Who is China's ambassador to the United Nations?"))
                .statusCode(200);
        await("the answer in C2")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !repliesIn("C2", ts).isEmpty());
        assertTrue(repliesIn("C2", ts).getFirst().get("text").contains("Zhang Jun"), "allowed channels are answered");
    }

    private String mentionIn(String channel) {
        String ts = ts();
        postEvent(mention(eventId(), channel, ts, null, "<@UBOT> Who is China's ambassador to the United Nations?"))
                .statusCode(200);
        return ts;
    }

    @Test
    void aMentionElsewhereGetsTheNoteOnceADayPerChannel() {
        String first = mentionIn("C9");
        String again = mentionIn("C9");
        String other = mentionIn("C8");
        drain();
        assertEquals(List.of(NOTE), textsIn("C9", first));
        assertEquals(List.of(), textsIn("C9", again), "told once, then quiet");
        assertEquals(List.of(NOTE), textsIn("C8", other));

        clock.advance(Duration.ofHours(23));
        String stillToday = mentionIn("C9");
        clock.advance(Duration.ofHours(1));
        String nextDay = mentionIn("C9");
        drain();
        assertEquals(List.of(), textsIn("C9", stillToday));
        assertEquals(List.of(NOTE), textsIn("C9", nextDay));
    }

    @Test
    void aDirectMessageGetsTheNoteWhenDirectMessagesAreOff() {
        clock.advance(Duration.ofDays(2));
        String ts = ts();
        postEvent(directMessage(eventId(), ts, "Who is China's ambassador to the United Nations?", null))
                .statusCode(200);
        String again = ts();
        postEvent(directMessage(eventId(), again, "Who is China's ambassador to the United Nations?", null))
                .statusCode(200);
        drain();
        assertEquals(List.of(NOTE), textsIn("D1", ts));
        assertEquals(List.of(), textsIn("D1", again));
    }

    @Test
    void anAssistantThreadGetsTheNoteWhenDirectMessagesAreOff() {
        clock.advance(Duration.ofDays(4));
        String thread = ts();
        postEvent(message("D7", "im", ts(), thread, "U1", "Who is China's ambassador to the United Nations?"))
                .statusCode(200);
        await("the note in the assistant thread")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !textsIn("D7", thread).isEmpty());
        postEvent(message("D7", "im", ts(), thread, "U1", "Who is Hua Chunying?"))
                .statusCode(200);
        drain();
        assertEquals(List.of(NOTE), textsIn("D7", thread), "told once, then quiet, never answered");
        assertEquals(List.of(), slack.calls("assistant.threads.setStatus"), "no status for a question left unanswered");
        assertEquals(List.of(), slack.calls("assistant.threads.setTitle"));
    }

    @Test
    void askInAChannelElsewhereGetsAnEphemeralNoteEveryTime() {
        String question = "Who is China's ambassador to the United Nations?";
        for (int i = 0; i < 2; i++) {
            postCommand("C9", "random", question, slack.responseUrl("x"))
                    .statusCode(200)
                    .body("response_type", equalTo("ephemeral"))
                    .body("text", equalTo(NOTE));
        }
        postCommand("D1", "directmessage", question, slack.responseUrl("x"))
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", equalTo(NOTE));
        postCommand("C1", "news", question, slack.responseUrl("allowed"))
                .statusCode(200)
                .body("text", containsString("Looking it up"));
        assertAnsweredInChannel(slack, slack.responseUrl("allowed"), "Zhang Jun");
        assertEquals(List.of(), slack.respondedTo(slack.responseUrl("x")), "nothing follows a note");
    }
}
