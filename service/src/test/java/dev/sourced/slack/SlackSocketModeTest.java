package dev.sourced.slack;

import static dev.sourced.slack.SignedEvents.assertAnsweredInChannel;
import static dev.sourced.slack.SignedEvents.eventId;
import static dev.sourced.slack.SignedEvents.mention;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.testing.IndexReady;
import dev.sourced.testing.TestLog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real SDK's Socket Mode client (on the Java-WebSocket backend, as in production) against a stand-in for Slack's
 * WebSocket endpoint on loopback: the address comes from {@code apps.connections.open}, envelopes arrive over the
 * socket, are acknowledged on it, and answers are posted through the Web API as over HTTP.
 */
@QuarkusTest
@TestProfile(SlackSocketModeProfile.class)
class SlackSocketModeTest {
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A new one for each test: see {@link FakeSlack#inject}. */
    FakeSlack.Workspace slack;

    @BeforeEach
    void connected() {
        IndexReady.await();
        await("the app connects to the address apps.connections.open gave it")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !slack.socket().greeted().isEmpty());
    }

    /** The frame acknowledging an envelope, once the client has sent it. */
    private Optional<JsonNode> ackOf(String envelopeId) {
        return slack.socket().received().stream()
                .map(SlackSocketModeTest::parse)
                .filter(frame -> envelopeId.equals(frame.path("envelope_id").asText()))
                .findFirst();
    }

    private static JsonNode parse(String frame) {
        try {
            return JSON.readTree(frame);
        } catch (Exception e) {
            throw new AssertionError("the client sent a frame that is not JSON: " + frame, e);
        }
    }

    @Test
    void aMentionEnvelopeIsAcknowledgedAndAnsweredInItsThread() {
        assertEquals("/link/?ticket=stand-in", slack.socket().greeted().getFirst());
        String envelopeId = "env-mention-" + IDS.incrementAndGet();
        String ts = "1700200000." + IDS.incrementAndGet();
        String payload = mention(eventId(), ts, null, "<@UBOT> Who is China's ambassador to the United Nations?");
        slack.socket().send("""
                {"envelope_id":"%s","type":"events_api","accepts_response_payload":false,"retry_attempt":0,
                 "retry_reason":"","payload":%s}
                """.formatted(envelopeId, payload));

        // Slack wants the acknowledgement within three seconds, and resends the envelope otherwise.
        await("the envelope is acknowledged")
                .atMost(Duration.ofSeconds(3))
                .until(() -> ackOf(envelopeId).isPresent());
        await("the answer is posted in the mention's thread")
                .atMost(Duration.ofSeconds(30))
                .until(() -> slack.posted().stream().anyMatch(p -> ts.equals(p.get("thread_ts"))));
        List<Map<String, String>> replies = slack.posted().stream()
                .filter(p -> ts.equals(p.get("thread_ts")))
                .toList();
        assertEquals(1, replies.size());
        assertEquals("C1", replies.getFirst().get("channel"));
        assertTrue(
                replies.getFirst().get("text").contains("Zhang Jun"),
                replies.getFirst().get("text"));
    }

    @Test
    void aSlashCommandEnvelopeIsAcknowledgedWithTheEphemeralNoteThenAnswered() {
        String envelopeId = "env-command-" + IDS.incrementAndGet();
        String responseUrl = slack.responseUrl("socket-" + IDS.incrementAndGet());
        slack.socket().send("""
                {"envelope_id":"%s","type":"slash_commands","accepts_response_payload":true,
                 "payload":{"token":"t","team_id":"T1","channel_id":"C1","channel_name":"news","user_id":"U1",
                 "command":"/ask","text":"How many Chinese students and citizens is China evacuating from Ukraine?",
                 "response_url":"%s","trigger_id":"x"}}
                """.formatted(envelopeId, responseUrl));

        await("the envelope is acknowledged")
                .atMost(Duration.ofSeconds(3))
                .until(() -> ackOf(envelopeId).isPresent());
        JsonNode ack = ackOf(envelopeId).orElseThrow();
        assertEquals("ephemeral", ack.path("payload").path("response_type").asText(), ack.toString());
        assertEquals(
                AskSlashCommandHandler.LOOKING, ack.path("payload").path("text").asText(), ack.toString());
        assertAnsweredInChannel(slack, responseUrl, "6,000");
    }

    @Test
    void theAppTokenNeverReachesTheLog() {
        aMentionEnvelopeIsAcknowledgedAndAnsweredInItsThread();
        TestLog.assertContainsNone(FakeSlack.APP_TOKEN, FakeSlack.BOT_TOKEN, FakeSlack.SIGNING_SECRET);
    }
}
