package dev.sourced.slack;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.app_backend.SlackSignature;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Requests to the Slack endpoints signed as Slack signs them, with the SDK's own signature generator, the events,
 * commands and clicks the Slack tests send, and the waits for what the service posts back to {@link FakeSlack}.
 */
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

    /** Posts a form (a slash command, an interactivity payload) to {@code path}, signed now. */
    static ValidatableResponse postForm(String path, String form) {
        return signed(form, Instant.now().getEpochSecond())
                .contentType("application/x-www-form-urlencoded")
                .post(path)
                .then();
    }

    /**
     * Checks that {@code path} refuses {@code body} with a 401 and the API's JSON error, whether it is signed with
     * another secret, signed six minutes ago, unsigned, or timestamped but unsigned.
     */
    static void assertRefusedUnlessSigned(String path, String contentType, String body) {
        long now = Instant.now().getEpochSecond();
        String wrong = new SlackSignature.Generator("wrong-secret").generate(Long.toString(now), body);
        List<RequestSpecification> unsigned = List.of(
                given().header("X-Slack-Request-Timestamp", Long.toString(now))
                        .header("X-Slack-Signature", wrong)
                        .body(body),
                signed(body, now - 6 * 60),
                given().body(body),
                given().header("X-Slack-Request-Timestamp", Long.toString(now)).body(body));
        for (RequestSpecification request : unsigned) {
            request.contentType(contentType)
                    .post(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/json")
                    .body("error", containsString("not signed by Slack"));
        }
    }

    /** Sends a signed {@code /ask text} typed in a conversation, as Slack posts it. */
    static ValidatableResponse postCommand(String channelId, String channelName, String text, String responseUrl) {
        return postForm(
                "/slack/commands",
                "token=t&team_id=T1&channel_id=" + channelId + "&channel_name=" + channelName + "&user_id=U1&command="
                        + enc("/ask") + "&text=" + enc(text) + "&response_url=" + enc(responseUrl) + "&trigger_id=x");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
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

    /** A direct message from U1 in D1; {@code botId} names a bot as its sender, {@code null} for a person. */
    static String directMessage(String eventId, String ts, String text, String botId) {
        return """
                {"token":"t","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"%s","event_time":1,
                 "event":{"type":"message","channel_type":"im","user":"U1",%s"text":"%s","ts":"%s","channel":"D1",
                 "event_ts":"%s"}}
                """.formatted(eventId, botId == null ? "" : "\"bot_id\":\"" + botId + "\",", text, ts, ts);
    }

    /** A mention by U1 in C1. */
    static String mention(String eventId, String ts, String threadTs, String text) {
        return mention(eventId, "C1", ts, threadTs, text);
    }

    /** A mention by U1 in {@code channel}; {@code threadTs} {@code null} for a mention that opens a thread. */
    static String mention(String eventId, String channel, String ts, String threadTs, String text) {
        return """
                {"token":"t","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"%s","event_time":1,
                 "event":{"type":"app_mention","user":"U1","text":"%s","ts":"%s",%s"channel":"%s","event_ts":"%s"}}
                """.formatted(
                        eventId, text, ts, threadTs == null ? "" : "\"thread_ts\":\"" + threadTs + "\",", channel, ts);
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

    /** Waits for the answer to a slash command at its response URL and checks it is visible and says {@code fact}. */
    static void assertAnsweredInChannel(FakeSlack.Workspace slack, String responseUrl, String fact) {
        await("the answer is posted to the response URL")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !slack.respondedTo(responseUrl).isEmpty());
        String answer = slack.respondedTo(responseUrl).getFirst();
        assertTrue(answer.contains("\"response_type\":\"in_channel\""), answer);
        assertTrue(answer.contains(fact), answer);
    }
}
