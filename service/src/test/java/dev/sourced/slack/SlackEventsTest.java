package dev.sourced.slack;

import static dev.sourced.slack.SignedEvents.assertAnsweredInChannel;
import static dev.sourced.slack.SignedEvents.assertRefusedUnlessSigned;
import static dev.sourced.slack.SignedEvents.awaitReply;
import static dev.sourced.slack.SignedEvents.directMessage;
import static dev.sourced.slack.SignedEvents.drain;
import static dev.sourced.slack.SignedEvents.eventId;
import static dev.sourced.slack.SignedEvents.mention;
import static dev.sourced.slack.SignedEvents.postCommand;
import static dev.sourced.slack.SignedEvents.postEvent;
import static dev.sourced.slack.SignedEvents.repliesIn;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.IndexReady;
import dev.sourced.testing.TestLog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SlackProfile.class)
class SlackEventsTest {
    private static final AtomicInteger IDS = new AtomicInteger();
    /** A new one for each test: see {@link FakeSlack#inject}. */
    FakeSlack.Workspace slack;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    @Test
    void answersUrlVerificationWithTheChallenge() {
        postEvent("{\"token\":\"t\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}")
                .statusCode(200)
                .body(containsString("c-123"));
    }

    @Test
    void aMentionIsAnsweredOnceInItsThreadCitingTheRightArticle() {
        String ts = "1700000001." + IDS.incrementAndGet();
        String id = eventId();
        String body = mention(id, ts, null, "<@UBOT> Who is China's ambassador to the United Nations?");
        postEvent(body).statusCode(200);
        awaitReply(slack, p -> ts.equals(p.get("thread_ts")));
        // Slack's retries and a duplicate delivery of the same event.
        postEvent(body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")
                .statusCode(200);
        postEvent(body, "X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout")
                .statusCode(200);
        postEvent(body).statusCode(200);
        drain(slack);

        List<Map<String, String>> replies = repliesIn(slack, ts);
        assertEquals(1, replies.size(), "one answer however often the event is delivered");
        Map<String, String> reply = replies.getFirst();
        assertEquals("C1", reply.get("channel"));
        assertTrue(reply.get("text").contains("Zhang Jun"), reply.get("text"));
        String title = given().get("/api/documents/001_cac66bdd6cab3789")
                .then()
                .statusCode(200)
                .extract()
                .path("title");
        assertTrue(
                reply.get("text")
                        .matches("(?s).*\\[1] <" + Pattern.quote(SlackProfile.PUBLIC_URL)
                                + "/articles/001_cac66bdd6cab3789\\?hl=\\d+-\\d+#passage\\|"
                                + Pattern.quote(SlackReplyFormat.linkLabel(title)) + ">.* — \".*"),
                "the article's title links to the passage: " + reply.get("text"));
        assertTrue(reply.get("blocks").contains("\"type\":\"context\""), reply.get("blocks"));
        assertFalse(reply.get("text").contains("<@UBOT>"));
    }

    @Test
    void aMentionInsideAThreadIsAnsweredInThatThread() {
        String ts = "1700000002." + IDS.incrementAndGet();
        String parent = "1700000000." + IDS.incrementAndGet();
        postEvent(mention(eventId(), ts, parent, "<@UBOT> Which agreement did China urge the parties to return to?"))
                .statusCode(200);
        awaitReply(slack, p -> parent.equals(p.get("thread_ts")));
        assertTrue(repliesIn(slack, parent).getFirst().get("text").contains("Minsk"));
    }

    @Test
    void aDirectMessageIsAnsweredAndAnAbstentionSaysSo() {
        String ts = "1700000003." + IDS.incrementAndGet();
        postEvent(directMessage(eventId(), ts, "Who won the 2022 FIFA World Cup?", null))
                .statusCode(200);
        awaitReply(slack, p -> ts.equals(p.get("thread_ts")));
        Map<String, String> reply = repliesIn(slack, ts).getFirst();
        assertEquals("D1", reply.get("channel"));
        assertTrue(reply.get("text").startsWith("The articles do not say"), reply.get("text"));
    }

    @Test
    void messagesFromBotsAndEditsAreNotAnswered() {
        String botTs = "1700000004." + IDS.incrementAndGet();
        postEvent(directMessage(eventId(), botTs, "Who is Hua Chunying?", "B999"))
                .statusCode(200);
        String selfTs = "1700000005." + IDS.incrementAndGet();
        postEvent(directMessage(eventId(), selfTs, "Who is Hua Chunying?", "BBOT"))
                .statusCode(200);
        String editTs = "1700000006." + IDS.incrementAndGet();
        postEvent("""
                {"token":"t","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"%s","event_time":1,
                 "event":{"type":"message","subtype":"message_changed","channel_type":"im","channel":"D1","ts":"%s",
                 "message":{"type":"message","user":"U1","text":"Who is Hua Chunying?","ts":"%s"}}}
                """.formatted(eventId(), editTs, editTs)).statusCode(200);
        drain(slack);
        assertEquals(List.of(), repliesIn(slack, botTs));
        assertEquals(List.of(), repliesIn(slack, selfTs));
        assertEquals(List.of(), repliesIn(slack, editTs));
    }

    @Test
    void badSignaturesStaleTimestampsAndMissingHeadersAreRejectedAndIgnored() {
        String ts = "1700000007." + IDS.incrementAndGet();
        String body = mention(eventId(), ts, null, "<@UBOT> Who is Hua Chunying?");
        assertRefusedUnlessSigned("/slack/events", "application/json", body);
        drain(slack);
        assertEquals(List.of(), repliesIn(slack, ts), "nothing else happens");
    }

    @Test
    void theSlashCommandAcksEphemerallyThenAnswersInTheChannel() {
        String responseUrl = slack.responseUrl(Integer.toString(IDS.incrementAndGet()));
        postCommand(
                        "C1",
                        "general",
                        "How many Chinese students and citizens is China evacuating from Ukraine?",
                        responseUrl)
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString("Looking it up"));
        assertAnsweredInChannel(slack, responseUrl, "6,000");
    }

    @Test
    void theSigningSecretAndBotTokenNeverReachTheLog() {
        aMentionIsAnsweredOnceInItsThreadCitingTheRightArticle();
        badSignaturesStaleTimestampsAndMissingHeadersAreRejectedAndIgnored();
        TestLog.assertContainsNone(FakeSlack.SIGNING_SECRET, FakeSlack.BOT_TOKEN);
    }

    @Test
    void anEmptySlashCommandGetsAUsageHint() {
        postCommand("C1", "general", "", slack.responseUrl("x")).statusCode(200).body("text", containsString("/ask"));
    }

    @Test
    void slashCommandsWithNothingAnswerableGetTheUsageHintAndMentionsNoReply() {
        for (String text : BAD_QUESTIONS) {
            postCommand("C1", "general", text, slack.responseUrl("x"))
                    .statusCode(200)
                    .body("text", containsString("/ask"));
        }
        List<String> threads = new java.util.ArrayList<>();
        for (String text : BAD_QUESTIONS) {
            String ts = "1700000011." + IDS.incrementAndGet();
            threads.add(ts);
            postEvent(mention(eventId(), ts, null, "<@UBOT> " + jsonEscaped(text)))
                    .statusCode(200);
        }
        drain(slack);
        threads.forEach(ts -> assertEquals(List.of(), repliesIn(slack, ts), "no reply to a question of nothing"));
    }

    /** Control and format characters, punctuation and emoji only, and a lone surrogate (as a JSON escape). */
    private static final List<String> BAD_QUESTIONS =
            List.of("\u0000\u0001\u0002", "\u202e\u200b\ufeff", "?!?", "\ud83e\udd86\ud83e\udd86");

    private static String jsonEscaped(String s) {
        StringBuilder out = new StringBuilder();
        s.chars()
                .forEach(
                        c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
