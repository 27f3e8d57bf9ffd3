package dev.sourced.slack;

import static dev.sourced.slack.SignedEvents.eventId;
import static dev.sourced.slack.SignedEvents.mention;
import static dev.sourced.slack.SignedEvents.message;
import static dev.sourced.slack.SignedEvents.postEvent;
import static dev.sourced.slack.SignedEvents.repliesIn;
import static dev.sourced.slack.SignedEvents.ts;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.answer.OpenAiStub;
import dev.sourced.testing.IndexReady;
import dev.sourced.testing.ModelRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With the LLM generator, an answer streams into its thread as the model writes it. */
@QuarkusTest
@TestProfile(SlackLlmProfile.class)
class SlackStreamingTest {
    private static final String QUESTION = "<@UBOT> Who is China's ambassador to the United Nations?";
    private static final String ANSWER = "China's ambassador to the UN is Zhang Jun [1].";
    private static final String ZHANG_JUN_ARTICLE = "001_cac66bdd6cab3789";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** New ones for each test: see {@link FakeSlack#inject} and {@link OpenAiStub#inject}. */
    FakeSlack.Workspace slack;

    OpenAiStub.Model model;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    private String asked() {
        String ts = ts();
        slack.said("C1", ts, ts, "U1", QUESTION);
        postEvent(mention(eventId(), ts, null, QUESTION)).statusCode(200);
        return ts;
    }

    @Test
    void theAnswerStreamsIntoTheThreadAndItsSourcesCloseIt() throws Exception {
        model.replies(OpenAiStub.Reply.text(ANSWER));
        String thread = asked();
        await("the stream stops")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !slack.calls("chat.stopStream").isEmpty());

        FakeSlack.Call start = slack.calls("chat.startStream").getFirst();
        assertEquals("C1", start.form().get("channel"));
        assertEquals(thread, start.form().get("thread_ts"));
        // Streaming in a channel needs the person answered and their team.
        assertEquals("U1", start.form().get("recipient_user_id"));
        assertEquals("T1", start.form().get("recipient_team_id"));
        List<FakeSlack.Call> appended = slack.calls("chat.appendStream");
        assertTrue(appended.size() >= 2, "several pieces: " + appended);
        appended.forEach(a -> assertTrue(
                a.form().get("markdown_text").length() >= SlackLlmProfile.CHUNK_CHARS || a == appended.getLast()));
        String streamed = start.form().get("markdown_text")
                + appended.stream().map(a -> a.form().get("markdown_text")).collect(Collectors.joining());
        assertEquals(ANSWER, streamed);

        FakeSlack.Call stop = slack.calls("chat.stopStream").getFirst();
        JsonNode blocks = JSON.readTree(stop.form().get("blocks"));
        assertEquals(2, blocks.size(), "the sources and the feedback buttons: the answer is the streamed text");
        assertEquals("context", blocks.get(0).path("type").asText());
        assertEquals("context_actions", blocks.get(1).path("type").asText());
        String source = blocks.get(0).path("elements").get(0).path("text").asText();
        assertTrue(source.startsWith("[1] <" + SlackProfile.PUBLIC_URL + "/articles/" + ZHANG_JUN_ARTICLE), source);
        assertEquals(List.of(), repliesIn(slack, thread), "streamed, not posted");
        assertEquals(List.of(), slack.calls("chat.update"), "the checked answer is the one streamed");
    }

    @Test
    void whenSlackRefusesTheStreamTheAnswerIsPostedOnce() {
        model.replies(OpenAiStub.Reply.text(ANSWER));
        slack.refuseStreams();
        String thread = asked();
        await("the answer is posted")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !repliesIn(slack, thread).isEmpty());

        assertEquals(1, slack.calls("chat.startStream").size());
        assertEquals(List.of(), slack.calls("chat.appendStream"));
        assertEquals(List.of(), slack.calls("chat.stopStream"));
        assertEquals(1, repliesIn(slack, thread).size());
        String reply = repliesIn(slack, thread).getFirst().get("text");
        assertTrue(reply.startsWith(ANSWER), reply);
        assertTrue(reply.contains("/articles/" + ZHANG_JUN_ARTICLE + "?hl="), reply);
    }

    @Test
    void aDraftTheChecksChangedIsReplacedByTheCheckedAnswer() {
        // [7] points at no passage given to the model: the check removes it once the model has finished.
        model.replies(OpenAiStub.Reply.text("China's ambassador to the UN is Zhang Jun [1][7]."));
        String thread = asked();
        await("the streamed message is replaced")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !slack.calls("chat.update").isEmpty());

        FakeSlack.Call update = slack.calls("chat.update").getFirst();
        assertEquals(
                slack.calls("chat.stopStream").getFirst().form().get("ts"),
                update.form().get("ts"));
        assertFalse(update.form().get("text").contains("[7]"), update.form().get("text"));
        assertTrue(
                update.form().get("text").contains("Zhang Jun"), update.form().get("text"));
        assertTrue(update.form().get("blocks").contains(ZHANG_JUN_ARTICLE));
        assertEquals(List.of(), repliesIn(slack, thread));
    }

    @Test
    void theExtractiveFallbackOfAFailedModelIsShownInPlaceOfNothing() {
        model.replies(OpenAiStub.Reply.status(500));
        String thread = asked();
        await("the answer is posted")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !repliesIn(slack, thread).isEmpty());
        assertTrue(repliesIn(slack, thread).getFirst().get("text").startsWith("Zhang Jun"));
    }

    @Test
    void aFollowUpShowsTheModelTheThreadsEarlierTurns() throws Exception {
        model.replies(OpenAiStub.Reply.text(ANSWER));
        String thread = asked();
        await("the first answer stops")
                .atMost(Duration.ofSeconds(30))
                .until(() -> model.requests().size() == 1
                        && slack.calls("chat.stopStream").size() == 1);

        String ts = ts();
        String followUp = "When did he say it?";
        slack.said("C1", thread, ts, "U2", followUp);
        postEvent(message("C1", "channel", ts, thread, "U2", followUp)).statusCode(200);
        await("the follow-up is sent to the model")
                .atMost(Duration.ofSeconds(30))
                .until(() -> model.requests().size() == 2);

        // The earlier answer as the model wrote it, without the markers that numbered its own sources.
        JsonNode messages = ModelRequests.followUpAfter(
                model.requests().get(1),
                "Who is China's ambassador to the United Nations?",
                "China's ambassador to the UN is Zhang Jun.");
        String last = messages.get(3).path("content").asText();
        assertTrue(last.contains("Question: When did "), last);
        assertTrue(last.contains("<source n=\"1\""), "the sources stay in the last message: " + last);
    }
}
