package dev.sourced.slack;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.slack.api.app_backend.SlackSignature;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** Requests to the Slack endpoints signed as Slack signs them, with the SDK's own signature generator. */
final class SignedEvents {
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final SlackSignature.Generator SIGNER = new SlackSignature.Generator(FakeSlack.SIGNING_SECRET);

    private SignedEvents() {}

    static RequestSpecification signed(String body, long timestamp) {
        String ts = Long.toString(timestamp);
        return given().header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", SIGNER.generate(ts, body))
                .body(body);
    }

    /** Posts an Events API body signed now, with any extra headers as name, value pairs. */
    static ValidatableResponse postEvent(String body, String... extraHeaders) {
        RequestSpecification request =
                signed(body, Instant.now().getEpochSecond()).contentType("application/json");
        for (int i = 0; i < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        return request.post("/slack/events").then();
    }

    static String eventId() {
        return "Ev" + IDS.incrementAndGet() + "X" + System.nanoTime();
    }

    /** A new message timestamp, unique in the test run and earlier than the fake's own. */
    static String ts() {
        return "1800000000." + String.format("%06d", IDS.incrementAndGet());
    }

    /** A message event from user U1 of team T1; {@code threadTs} {@code null} for a message that opens a thread. */
    static String message(String channel, String channelType, String ts, String threadTs, String user, String text) {
        return """
                {"token":"t","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"%s","event_time":1,
                 "event":{"type":"message","channel_type":"%s","user":"%s",%s"text":"%s","ts":"%s","channel":"%s",
                 "event_ts":"%s"}}
                """.formatted(
                        eventId(),
                        channelType,
                        user,
                        threadTs == null ? "" : "\"thread_ts\":\"" + threadTs + "\",",
                        text,
                        ts,
                        channel,
                        ts);
    }

    /** The posts into one thread, in order. */
    static List<Map<String, String>> repliesIn(FakeSlack.Workspace slack, String threadTs) {
        return slack.posted().stream()
                .filter(p -> threadTs.equals(p.get("thread_ts")))
                .toList();
    }

    static void awaitReply(FakeSlack.Workspace slack, Predicate<Map<String, String>> match) {
        await("a reply is posted")
                .atMost(Duration.ofSeconds(30))
                .until(() -> slack.posted().stream().anyMatch(match));
    }

    /** Sends a fresh mention and waits for its reply: with one worker, everything queued before it is done. */
    static void drain(FakeSlack.Workspace slack) {
        String ts = ts();
        postEvent(mention(eventId(), ts, null, "<@UBOT> How many South Koreans were in the region?"))
                .statusCode(200);
        awaitReply(slack, p -> ts.equals(p.get("thread_ts")));
    }

    static String mention(String eventId, String ts, String threadTs, String text) {
        return """
                {"token":"t","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"%s","event_time":1,
                 "event":{"type":"app_mention","user":"U1","text":"%s","ts":"%s",%s"channel":"C1","event_ts":"%s"}}
                """.formatted(eventId, text, ts, threadTs == null ? "" : "\"thread_ts\":\"" + threadTs + "\",", ts);
    }
}
