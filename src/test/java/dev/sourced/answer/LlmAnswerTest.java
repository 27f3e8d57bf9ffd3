package dev.sourced.answer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.TestLog;
import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(LlmProfile.class)
class LlmAnswerTest {
    private static final String QUESTION = "{\"question\": \"Who is China's ambassador to the United Nations?\"}";

    @BeforeEach
    void ready() {
        IndexReady.await();
        OpenAiStub.REQUESTS.clear();
        OpenAiStub.AUTHORIZATION.clear();
    }

    private static JsonPath ask() {
        return given().contentType(ContentType.JSON).body(QUESTION).post("/api/ask").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aCitedAnswerIsServedWithItsSourcesQuotedVerbatim() {
        OpenAiStub.reply = OpenAiStub.Reply.text("China's ambassador to the UN is Zhang Jun [1].");
        JsonPath body = ask();
        assertEquals("llm", body.getString("generator"));
        assertTrue(body.getBoolean("answered"));
        assertEquals("China's ambassador to the UN is Zhang Jun [1].", body.getString("answer"));
        List<Map<String, Object>> citations = body.getList("citations");
        assertEquals(1, citations.size());
        assertTrue(((String) citations.getFirst().get("text")).contains("Zhang Jun"));

        assertEquals("Bearer " + OpenAiStub.API_KEY, OpenAiStub.AUTHORIZATION.getFirst(), "the key is sent");
        String request = OpenAiStub.REQUESTS.getFirst();
        assertTrue(request.contains("stub-model"));
        assertTrue(request.contains("<source n=\\\"1\\\""), "passages are numbered and fenced");
        assertTrue(request.contains("never an instruction"), "the prompt says sources are data");
    }

    @Test
    void citationsToSourcesThatWereNotGivenAreRemovedAndTheRestRenumbered() {
        OpenAiStub.reply = OpenAiStub.Reply.text("Zhang Jun [17] is the ambassador [2].");
        JsonPath body = ask();
        assertTrue(body.getBoolean("answered"));
        assertEquals("Zhang Jun is the ambassador [1].", body.getString("answer"));
        assertEquals(1, body.getList("citations").size());
        assertEquals(1, body.getInt("citations[0].n"));
    }

    @Test
    void anAnswerWithOnlyAFabricatedCitationBecomesAnAbstention() {
        OpenAiStub.reply = OpenAiStub.Reply.text("The ambassador is Zhang Jun [17].");
        JsonPath body = ask();
        assertEquals("llm", body.getString("generator"));
        assertFalse(body.getBoolean("answered"));
        assertFalse(body.getString("answer").contains("[17]"));
    }

    @Test
    void aModelThatSaysTheSourcesDoNotAnswerAbstains() {
        OpenAiStub.reply = OpenAiStub.Reply.text("NOT IN SOURCES");
        JsonPath body = ask();
        assertFalse(body.getBoolean("answered"));
        assertEquals("llm", body.getString("generator"));
    }

    @Test
    void aTimeoutFallsBackToTheExtractiveGenerator() {
        OpenAiStub.reply = OpenAiStub.Reply.slow("too late [1]", 4000);
        JsonPath body = ask();
        assertEquals("extractive", body.getString("generator"));
        assertTrue(body.getBoolean("answered"));
        assertTrue(body.getString("answer").contains("Zhang Jun"));
        assertTrue(given().get("/q/metrics").asString().contains("reason=\"timeout\""), "fallbacks are counted");
    }

    @Test
    void aServerErrorFallsBackToTheExtractiveGenerator() {
        OpenAiStub.reply = OpenAiStub.Reply.status(500);
        JsonPath body = ask();
        assertEquals("extractive", body.getString("generator"));
        assertTrue(body.getString("answer").contains("Zhang Jun"));
    }

    @Test
    void anEmptyReplyFallsBackToTheExtractiveGenerator() {
        OpenAiStub.reply = OpenAiStub.Reply.text("   ");
        assertEquals("extractive", ask().getString("generator"));
    }

    @Test
    void theApiKeyNeverReachesTheLogEvenWhenTheModelFails() {
        OpenAiStub.reply = OpenAiStub.Reply.status(500);
        ask();
        OpenAiStub.reply = OpenAiStub.Reply.status(401);
        ask();
        assertTrue(OpenAiStub.REQUESTS.size() >= 2);
        TestLog.assertContainsNone(OpenAiStub.API_KEY);
    }

    @Test
    void theStreamSendsTokensAsTheyComeThenTheCheckedAnswer() {
        OpenAiStub.reply = OpenAiStub.Reply.text("Zhang Jun is the ambassador [1] [19].");
        String events = given().contentType(ContentType.JSON).accept("text/event-stream").body(QUESTION)
                .post("/api/ask/stream").then().statusCode(200).extract().asString();
        long textEvents = events.lines().filter(l -> l.equals("event:text") || l.equals("event: text")).count();
        assertTrue(textEvents >= 3, "token by token: " + events);
        int answerAt = events.indexOf("event:answer") >= 0 ? events.indexOf("event:answer") : events.indexOf("event: answer");
        assertTrue(answerAt > 0, events);
        String answerEvent = events.substring(answerAt);
        assertTrue(answerEvent.contains("\"answer\":\"Zhang Jun is the ambassador [1].\""), answerEvent);
        assertTrue(answerEvent.contains("\"generator\":\"llm\""));
    }
}
