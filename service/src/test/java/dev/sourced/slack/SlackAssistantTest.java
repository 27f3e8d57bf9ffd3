package dev.sourced.slack;

import static dev.sourced.slack.SignedEvents.eventId;
import static dev.sourced.slack.SignedEvents.message;
import static dev.sourced.slack.SignedEvents.postEvent;
import static dev.sourced.slack.SignedEvents.repliesIn;
import static dev.sourced.slack.SignedEvents.ts;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack's assistant container: suggested prompts from the corpus, a status while answering, a title. */
@QuarkusTest
@TestProfile(SlackProfile.class)
class SlackAssistantTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A new one for each test: see {@link FakeSlack#inject}. */
    FakeSlack.Workspace slack;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    private static String threadStarted(String threadTs) {
        return """
                {"token":"t","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"%s","event_time":1,
                 "event":{"type":"assistant_thread_started","assistant_thread":{"user_id":"U1","channel_id":"D1",
                 "thread_ts":"%s","context":{"channel_id":"C1","team_id":"T1"}},"event_ts":"%s"}}
                """.formatted(eventId(), threadTs, threadTs);
    }

    /** Asks in the assistant thread as the person would: the message is in the thread, then its event arrives. */
    private void ask(String threadTs, String text) {
        String ts = ts();
        slack.said("D1", threadTs, ts, "U1", text);
        postEvent(message("D1", "im", ts, threadTs, "U1", text)).statusCode(200);
    }

    private List<FakeSlack.Call> callsIn(String threadTs) {
        return slack.calls().stream()
                .filter(c -> threadTs.equals(c.form().get("thread_ts")))
                .toList();
    }

    @Test
    void aNewThreadIsOfferedThreePromptsAboutTheNewestArticles() throws Exception {
        String thread = ts();
        postEvent(threadStarted(thread)).statusCode(200);
        await("the prompts are offered")
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        !slack.calls("assistant.threads.setSuggestedPrompts").isEmpty());

        FakeSlack.Call offered =
                slack.calls("assistant.threads.setSuggestedPrompts").getFirst();
        assertEquals("D1", offered.form().get("channel_id"));
        assertEquals(thread, offered.form().get("thread_ts"));
        JsonNode prompts = JSON.readTree(offered.form().get("prompts"));
        assertEquals(3, prompts.size(), prompts.toString());
        List<String> titles =
                given().get("/api/documents").then().statusCode(200).extract().path("documents.title");
        Set<String> drawnFrom = new HashSet<>();
        for (JsonNode prompt : prompts) {
            String asks = prompt.path("message").asText();
            String title = titles.stream().filter(asks::contains).findFirst().orElse(null);
            assertTrue(title != null, "the prompt asks about an article of the corpus: " + asks);
            drawnFrom.add(title);
            assertTrue(title.startsWith(prompt.path("title").asText().replace("…", "")), prompt.toString());
        }
        assertEquals(3, drawnFrom.size(), "three different articles");
        // The newest article (the only dated one here) comes first.
        String newest = given().get("/api/documents/003_a3fc5418d35ef088")
                .then()
                .extract()
                .path("title");
        assertTrue(prompts.get(0).path("message").asText().contains(newest), prompts.toString());
    }

    @Test
    void aQuestionShowsAStatusIsAnsweredAndTitlesTheThread() {
        String thread = ts();
        String question = "Who is China's ambassador to the United Nations?";
        ask(thread, question);
        await("the thread is titled")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !slack.calls("assistant.threads.setTitle").isEmpty());

        List<String> methods = callsIn(thread).stream()
                .map(FakeSlack.Call::method)
                .filter(m -> !m.equals("conversations.replies"))
                .toList();
        assertEquals(List.of("assistant.threads.setStatus", "chat.postMessage", "assistant.threads.setTitle"), methods);
        List<FakeSlack.Call> calls = callsIn(thread);
        assertEquals(
                "Searching the articles…",
                calls.stream()
                        .filter(c -> c.method().equals("assistant.threads.setStatus"))
                        .findFirst()
                        .orElseThrow()
                        .form()
                        .get("status"));
        assertTrue(repliesIn(slack, thread).getFirst().get("text").contains("Zhang Jun"));
        FakeSlack.Call title = slack.calls("assistant.threads.setTitle").getFirst();
        assertEquals("D1", title.form().get("channel_id"));
        assertEquals(question, title.form().get("title"));
    }

    @Test
    void aFollowUpInTheAssistantThreadIsResolvedAndKeepsTheTitle() {
        String thread = ts();
        ask(thread, "Who is China's ambassador to the United Nations?");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> repliesIn(slack, thread).size() == 1);
        ask(thread, "When did he say it?");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> repliesIn(slack, thread).size() == 2);

        String reply = repliesIn(slack, thread).get(1).get("text");
        assertTrue(reply.startsWith("Answering: When did Zhang Jun say "), reply);
        assertEquals(2, slack.calls("assistant.threads.setStatus").size(), "a status for each question");
        assertEquals(1, slack.calls("assistant.threads.setTitle").size(), "the title is the first question's");
    }

    @Test
    void aTopLevelDirectMessageIsStillAnsweredWithoutTheAssistant() {
        String ts = ts();
        postEvent(message("D1", "im", ts, null, "U1", "Who is China's ambassador to the United Nations?"))
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !repliesIn(slack, ts).isEmpty());
        assertTrue(repliesIn(slack, ts).getFirst().get("text").contains("Zhang Jun"));
        assertEquals(List.of(), slack.calls("assistant.threads.setStatus"));
    }
}
