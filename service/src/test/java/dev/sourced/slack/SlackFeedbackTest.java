package dev.sourced.slack;

import static dev.sourced.slack.SignedEvents.assertAnsweredInChannel;
import static dev.sourced.slack.SignedEvents.assertRefusedUnlessSigned;
import static dev.sourced.slack.SignedEvents.awaitReply;
import static dev.sourced.slack.SignedEvents.eventId;
import static dev.sourced.slack.SignedEvents.mention;
import static dev.sourced.slack.SignedEvents.postCommand;
import static dev.sourced.slack.SignedEvents.postEvent;
import static dev.sourced.slack.SignedEvents.postForm;
import static dev.sourced.slack.SignedEvents.repliesIn;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sourced.feedback.Feedback;
import dev.sourced.feedback.FeedbackConfig;
import dev.sourced.feedback.FeedbackStore;
import dev.sourced.feedback.Vote;
import dev.sourced.testing.IndexReady;
import dev.sourced.testing.TestLog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 👍/👎 on answers, end to end: a real answer is posted to the Slack stand-in, its buttons are clicked the way Slack
 * sends a click (a signed {@code block_actions} payload carrying the clicked message), and the vote is read back
 * through {@code GET /api/feedback} and through a store opened anew on the same folder, as after a restart.
 */
@QuarkusTest
@TestProfile(SlackProfile.class)
class SlackFeedbackTest {
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A new one for each test: see {@link FakeSlack#inject}. */
    FakeSlack.Workspace slack;

    @Inject
    FeedbackConfig config;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    /** Asks by mention and returns the posted reply's blocks. */
    private ArrayNode answerTo(String question) throws Exception {
        String ts = "1700001000." + IDS.incrementAndGet();
        postEvent(mention(eventId(), ts, null, "<@UBOT> " + question)).statusCode(200);
        awaitReply(slack, p -> ts.equals(p.get("thread_ts")));
        return (ArrayNode) JSON.readTree(repliesIn(slack, ts).getFirst().get("blocks"));
    }

    /** The form body Slack posts when {@code user} clicks a button under the message {@code messageTs}. */
    private static String click(ArrayNode blocks, Vote vote, String user, String messageTs) {
        JsonNode buttons = blocks.get(blocks.size() - 1).get("elements").get(0);
        assertEquals("feedback_buttons", buttons.get("type").asText());
        String value = buttons.get(vote == Vote.UP ? "positive_button" : "negative_button")
                .get("value")
                .asText();
        return click(blocks, value, user, messageTs);
    }

    /** As Slack would send a click on a button with {@code value}. */
    private static String click(ArrayNode blocks, String value, String user, String messageTs) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", user).put("username", "ann").put("team_id", "T1");
        payload.put("api_app_id", "A1");
        payload.put("token", "t");
        payload.putObject("container")
                .put("type", "message")
                .put("message_ts", messageTs)
                .put("channel_id", "C1")
                .put("is_ephemeral", false);
        payload.put("trigger_id", "1.2.3");
        payload.putObject("team").put("id", "T1").put("domain", "fake");
        payload.putObject("channel").put("id", "C1").put("name", "general");
        ObjectNode message = payload.putObject("message");
        message.put("type", "message").put("user", "UBOT").put("ts", messageTs).put("text", "fallback");
        message.set("blocks", blocks);
        payload.put("response_url", "https://hooks.slack.test/actions/1");
        ArrayNode actions = payload.putArray("actions");
        actions.addObject()
                .put("type", "feedback_buttons")
                .put("action_id", FeedbackButtons.ACTION_ID)
                .put("block_id", "fb")
                .put("value", value)
                .put("action_ts", "1700001001.000001");
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    private static ValidatableResponse postClick(String form) {
        return postForm("/slack/interactivity", form);
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + SlackProfile.ADMIN_TOKEN);
    }

    /** One page of {@code GET /api/feedback?query}, read as the admin. */
    private static JsonNode page(String query) throws Exception {
        return JSON.readTree(admin().get("/api/feedback?" + query)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private static List<JsonNode> listed(String messageTs) throws Exception {
        List<JsonNode> votes = new java.util.ArrayList<>();
        page("limit=500").get("feedback").forEach(votes::add);
        return votes.stream()
                .filter(v -> messageTs.equals(v.get("messageTs").asText()))
                .toList();
    }

    private List<Feedback> afterRestart(String messageTs) {
        return new FeedbackStore(config.dir(), config.retention(), Clock.systemUTC())
                .list().stream().filter(f -> messageTs.equals(f.messageTs())).toList();
    }

    @Test
    void aThumbsDownIsAcknowledgedInTimeListedAndKeptAcrossARestart() throws Exception {
        ArrayNode blocks = answerTo("Who is China's ambassador to the United Nations?");
        String messageTs = "1700002000." + IDS.incrementAndGet();

        long started = System.nanoTime();
        postClick(click(blocks, Vote.DOWN, "U42", messageTs)).statusCode(200);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3000, "Slack waits 3 seconds");

        List<JsonNode> votes = listed(messageTs);
        assertEquals(1, votes.size(), votes.toString());
        JsonNode vote = votes.getFirst();
        assertEquals("down", vote.get("vote").asText());
        assertEquals(
                "Who is China's ambassador to the United Nations?",
                vote.get("question").asText());
        assertEquals(vote.get("question"), vote.get("rewrittenQuestion"));
        assertTrue(vote.get("answer").asText().contains("Zhang Jun"), vote.toString());
        assertEquals("extractive", vote.get("generator").asText());
        assertEquals("channel", vote.get("channelType").asText());
        assertEquals("C1", vote.get("channel").asText());
        JsonNode cited = vote.get("citations").get(0);
        assertEquals(1, cited.get("n").asInt());
        assertEquals("001_cac66bdd6cab3789", cited.get("articleId").asText());
        assertTrue(cited.get("end").asInt() > cited.get("start").asInt(), cited.toString());
        String user = vote.get("user").asText();
        assertTrue(user.matches("[0-9a-f]{64}"), user);
        assertTrue(Instant.parse(vote.get("at").asText()).isAfter(Instant.now().minusSeconds(60)));

        List<Feedback> reopened = afterRestart(messageTs);
        assertEquals(1, reopened.size());
        assertEquals(vote.get("id").asText(), reopened.getFirst().id());
        assertEquals(Vote.DOWN, reopened.getFirst().vote());

        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("sourced_feedback_votes_total{generator=\"extractive\",vote=\"down\"}"));
    }

    @Test
    void aSecondClickBySamePersonReplacesTheFirstAndAnotherPersonsIsTheirOwn() throws Exception {
        ArrayNode blocks = answerTo("Which agreement did China urge the parties to return to?");
        String messageTs = "1700003000." + IDS.incrementAndGet();
        postClick(click(blocks, Vote.DOWN, "U42", messageTs)).statusCode(200);
        String id = listed(messageTs).getFirst().get("id").asText();
        postClick(click(blocks, Vote.UP, "U42", messageTs)).statusCode(200);
        postClick(click(blocks, Vote.DOWN, "U43", messageTs)).statusCode(200);

        List<JsonNode> votes = listed(messageTs);
        assertEquals(2, votes.size(), votes.toString());
        JsonNode mine = votes.stream()
                .filter(v -> v.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
        assertEquals("up", mine.get("vote").asText(), "the second click replaced the first, keeping its id");
        JsonNode theirs = votes.stream()
                .filter(v -> !v.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
        assertNotEquals(mine.get("user"), theirs.get("user"));
        assertEquals(2, afterRestart(messageTs).size());
    }

    @Test
    void unsignedStaleOrForeignClicksAreRefusedAndNothingIsRecorded() throws Exception {
        ArrayNode blocks = answerTo("How many South Koreans were in the region as of Thursday?");
        String messageTs = "1700004000." + IDS.incrementAndGet();
        String form = click(blocks, Vote.DOWN, "U42", messageTs);
        assertRefusedUnlessSigned("/slack/interactivity", "application/x-www-form-urlencoded", form);
        // Signed, but not a value this service wrote: refused with the JSON error, never a 500.
        postClick(click(blocks, "{\"v\":\"down\"}", "U42", messageTs))
                .statusCode(400)
                .body("error", containsString("not a Slack request"));

        assertEquals(List.of(), listed(messageTs));
        assertEquals(List.of(), afterRestart(messageTs));
    }

    @Test
    void deleteRemovesAVoteForGood() throws Exception {
        ArrayNode blocks = answerTo("Who is Hua Chunying?");
        String messageTs = "1700005000." + IDS.incrementAndGet();
        postClick(click(blocks, Vote.DOWN, "U42", messageTs)).statusCode(200);
        String id = listed(messageTs).getFirst().get("id").asText();

        admin().delete("/api/feedback/" + id).then().statusCode(204);
        assertEquals(List.of(), listed(messageTs));
        assertEquals(List.of(), afterRestart(messageTs));
        admin().delete("/api/feedback/" + id)
                .then()
                .statusCode(404)
                .contentType("application/json")
                .body("error", containsString(id));
    }

    @Test
    void theListIsForTheAdminOnlyAndItsParametersAreChecked() throws Exception {
        given().get("/api/feedback")
                .then()
                .statusCode(401)
                .contentType("application/json")
                .header("WWW-Authenticate", "Bearer")
                .body("error", containsString("Authorization"));
        given().header("Authorization", "Bearer nope")
                .get("/api/feedback")
                .then()
                .statusCode(401)
                .body("error", equalTo("the admin token is not valid"));
        given().delete("/api/feedback/x").then().statusCode(401);
        for (String query : List.of(
                "limit=0", "limit=501", "limit=ten", "limit=-1", "offset=-1", "offset=x", "vote=sideways", "vote=UP")) {
            admin().get("/api/feedback?" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/json")
                    .body("error", containsString("'" + query.substring(0, query.indexOf('=')) + "'"));
        }
    }

    @Test
    void theListIsPagedNewestFirstAndFiltersByVote() throws Exception {
        ArrayNode blocks = answerTo("Who is China's ambassador to the United Nations?");
        String up = "1700006000." + IDS.incrementAndGet();
        String down = "1700006000." + IDS.incrementAndGet();
        postClick(click(blocks, Vote.UP, "U42", up)).statusCode(200);
        postClick(click(blocks, Vote.DOWN, "U42", down)).statusCode(200);

        JsonNode first = page("limit=1");
        assertEquals(1, first.get("limit").asInt());
        assertEquals(0, first.get("offset").asInt());
        assertEquals(1, first.get("feedback").size());
        assertEquals(down, first.get("feedback").get(0).get("messageTs").asText(), "newest first");
        JsonNode second = page("limit=1&offset=1");
        assertEquals(up, second.get("feedback").get(0).get("messageTs").asText());
        assertEquals(first.get("total"), second.get("total"));

        JsonNode downs = page("vote=down&limit=500");
        downs.get("feedback").forEach(v -> assertEquals("down", v.get("vote").asText()));
        assertEquals(downs.get("total").asInt(), downs.get("feedback").size());
        JsonNode beyond = page("offset=100000");
        assertEquals(0, beyond.get("feedback").size());
    }

    @Test
    void theSlashCommandsAnswerCarriesTheButtonsToo() {
        String responseUrl = slack.responseUrl("fb" + IDS.incrementAndGet());
        postCommand("C1", "general", "Who is Hua Chunying?", responseUrl).statusCode(200);
        assertAnsweredInChannel(slack, responseUrl, "\"type\":\"context_actions\"");
        String answer = slack.respondedTo(responseUrl).getFirst();
        assertTrue(answer.contains("\"type\":\"feedback_buttons\""), answer);
    }

    @Test
    void neitherTheUserIdNorTheSaltReachTheStoreOrTheLog() throws Exception {
        ArrayNode blocks = answerTo("Who is Hua Chunying?");
        String messageTs = "1700007000." + IDS.incrementAndGet();
        postClick(click(blocks, Vote.DOWN, "UPRIVATE9", messageTs)).statusCode(200);
        String stored = java.nio.file.Files.readString(config.dir().resolve("feedback.jsonl"));
        assertFalse(stored.contains("UPRIVATE9"));
        assertFalse(stored.contains(FakeSlack.USER_SALT));
        TestLog.assertContainsNone("UPRIVATE9", FakeSlack.USER_SALT, SlackProfile.ADMIN_TOKEN);
    }
}
