package dev.sourced.slack;

import static dev.sourced.slack.SlackEventsTest.directMessage;
import static dev.sourced.slack.SlackEventsTest.enc;
import static dev.sourced.slack.SlackEventsTest.eventId;
import static dev.sourced.slack.SlackEventsTest.mention;
import static dev.sourced.slack.SlackEventsTest.postEvent;
import static dev.sourced.slack.SlackEventsTest.signed;
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
import java.time.Instant;
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
        assertEquals(
                List.of(NOTE),
                repliesIn("C9", first).stream().map(p -> p.get("text")).toList());
        assertEquals(List.of(), repliesIn("C9", again), "told once, then quiet");
        assertEquals(
                List.of(NOTE),
                repliesIn("C8", other).stream().map(p -> p.get("text")).toList());

        clock.advance(Duration.ofHours(23));
        String stillToday = mentionIn("C9");
        clock.advance(Duration.ofHours(1));
        String nextDay = mentionIn("C9");
        drain();
        assertEquals(List.of(), repliesIn("C9", stillToday));
        assertEquals(
                List.of(NOTE),
                repliesIn("C9", nextDay).stream().map(p -> p.get("text")).toList());
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
        assertEquals(
                List.of(NOTE),
                repliesIn("D1", ts).stream().map(p -> p.get("text")).toList());
        assertEquals(List.of(), repliesIn("D1", again));
    }

    @Test
    void askInAChannelElsewhereGetsAnEphemeralNoteEveryTime() {
        for (String channel : List.of("C9", "C9")) {
            String body = "token=t&team_id=T1&channel_id=" + channel + "&channel_name=random&user_id=U1&command="
                    + enc("/ask") + "&text=" + enc("Who is China's ambassador to the United Nations?")
                    + "&response_url=" + enc(slack.responseUrl("x")) + "&trigger_id=x";
            signed(body, Instant.now().getEpochSecond())
                    .contentType("application/x-www-form-urlencoded")
                    .post("/slack/commands")
                    .then()
                    .statusCode(200)
                    .body("response_type", equalTo("ephemeral"))
                    .body("text", equalTo(NOTE));
        }
        String direct = "token=t&team_id=T1&channel_id=D1&channel_name=directmessage&user_id=U1&command="
                + enc("/ask") + "&text=" + enc("Who is China's ambassador to the United Nations?") + "&response_url="
                + enc(slack.responseUrl("x")) + "&trigger_id=x";
        signed(direct, Instant.now().getEpochSecond())
                .contentType("application/x-www-form-urlencoded")
                .post("/slack/commands")
                .then()
                .statusCode(200)
                .body("text", equalTo(NOTE));
        String allowed = "token=t&team_id=T1&channel_id=C1&channel_name=news&user_id=U1&command=" + enc("/ask")
                + "&text=" + enc("Who is China's ambassador to the United Nations?") + "&response_url="
                + enc(slack.responseUrl("allowed")) + "&trigger_id=x";
        signed(allowed, Instant.now().getEpochSecond())
                .contentType("application/x-www-form-urlencoded")
                .post("/slack/commands")
                .then()
                .statusCode(200)
                .body("text", containsString("Looking it up"));
        await("the answer is posted to the response URL")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !slack.respondedTo(slack.responseUrl("allowed")).isEmpty());
        assertEquals(List.of(), slack.respondedTo(slack.responseUrl("x")), "nothing follows a note");
    }
}
