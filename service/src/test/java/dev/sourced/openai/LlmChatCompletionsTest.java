package dev.sourced.openai;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourced.answer.LlmProfile;
import dev.sourced.answer.OpenAiStub;
import dev.sourced.testing.IndexReady;
import dev.sourced.testing.ModelRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With a language model configured, the model a chat client names chooses the generator. */
@QuarkusTest
@TestProfile(LlmProfile.class)
class LlmChatCompletionsTest {
    private static final String ASK = "{\"model\": \"%s\", \"stream\": %s, \"messages\": [{\"role\": \"user\","
            + " \"content\": \"Who is China's ambassador to the United Nations?\"}]}";
    private static final String ANSWER = "China's ambassador to the UN is Zhang Jun [1].";

    /** A new one for each test: see {@link OpenAiStub#inject}. */
    OpenAiStub.Model model;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    @Test
    void bothGeneratorsAreOfferedTheConfiguredOneFirst() {
        given().get("/v1/models")
                .then()
                .statusCode(200)
                .body("object", equalTo("list"))
                .body("data.id", contains("sourced-llm", "sourced-extractive"))
                .body("data[0].object", equalTo("model"))
                .body("data[0].owned_by", equalTo("sourced"));
    }

    @Test
    void sourcedLlmAsksTheLanguageModelAndSourcedExtractiveDoesNot() {
        model.replies(OpenAiStub.Reply.text(ANSWER));
        given().contentType(ContentType.JSON)
                .body(ASK.formatted("sourced-llm", false))
                .post("/v1/chat/completions")
                .then()
                .statusCode(200)
                .body("model", equalTo("sourced-llm"))
                .body("choices[0].message.content", startsWith(ANSWER + "\n\nSources:\n- [1] "))
                .body("citations[0].text", containsString("Zhang Jun"));
        assertEquals(1, model.requests().size());

        given().contentType(ContentType.JSON)
                .body(ASK.formatted("sourced-extractive", false))
                .post("/v1/chat/completions")
                .then()
                .statusCode(200)
                .body("model", equalTo("sourced-extractive"))
                .body("choices[0].message.content", startsWith("Zhang Jun. — "));
        assertEquals(1, model.requests().size(), "the extractive generator asks no model");
    }

    @Test
    void withoutAModelTheConfiguredGeneratorAnswersAndAFallbackIsNamed() {
        model.replies(OpenAiStub.Reply.status(500));
        given().contentType(ContentType.JSON)
                .body("{\"messages\": [{\"role\": \"user\", \"content\": \"Who is China's ambassador to the United"
                        + " Nations?\"}]}")
                .post("/v1/chat/completions")
                .then()
                .statusCode(200)
                .body("model", equalTo("sourced-extractive"))
                .body("choices[0].message.content", startsWith("Zhang Jun. — "));
        assertEquals(1, model.requests().size(), "the language model was asked, and failed");
    }

    @Test
    void aStreamSendsTheCheckedAnswerTheLastChunkNamingTheGeneratorThatAnswered() {
        model.replies(OpenAiStub.Reply.text(ANSWER));
        String events = given().contentType(ContentType.JSON)
                .body(ASK.formatted("sourced-llm", true))
                .post("/v1/chat/completions")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/event-stream"))
                .extract()
                .asString();
        assertTrue(events.contains("\"delta\":{\"content\":\"" + ANSWER + "\"}"), events);
        assertTrue(events.endsWith("data: [DONE]\n\n"), events);
        assertTrue(events.contains("\"model\":\"sourced-llm\",\"choices\":[{\"index\":0,\"delta\":{},"), events);
    }

    @Test
    void aConversationsEarlierTurnsReachTheModelBeforeTheSourcesAndTheQuestion() throws Exception {
        model.replies(OpenAiStub.Reply.text("He said it on Monday [1]."));
        given().contentType(ContentType.JSON)
                .body("""
                        {"model": "sourced-llm", "messages": [
                          {"role": "system", "content": "Be brief."},
                          {"role": "user", "content": "Who is China's ambassador to the United Nations?"},
                          {"role": "assistant", "content": "China's ambassador to the UN is Zhang Jun [1].\\n\\nSources:\\n- [1] x"},
                          {"role": "user", "content": "When did he say Beijing welcomes a diplomatic solution?"}]}
                        """)
                .post("/v1/chat/completions")
                .then()
                .statusCode(200)
                .body("model", equalTo("sourced-llm"));

        // The earlier answer without its list of sources and without the markers that numbered them.
        JsonNode messages = ModelRequests.followUpAfter(
                model.requests().getFirst(),
                "Who is China's ambassador to the United Nations?",
                "China's ambassador to the UN is Zhang Jun.");
        assertTrue(messages.get(0).path("content").asText().contains("they are not sources"));
        String last = messages.get(3).path("content").asText();
        assertTrue(last.startsWith("Sources:"), last);
        assertTrue(last.contains("Question: When did "), last);
    }
}
