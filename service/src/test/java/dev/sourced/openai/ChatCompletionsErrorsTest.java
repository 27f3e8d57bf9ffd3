package dev.sourced.openai;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rejection of the OpenAI-compatible API has OpenAI's error body, whatever rejected it; never a 500. */
@QuarkusTest
class ChatCompletionsErrorsTest {
    private static final String USER = "{\"role\": \"user\", \"content\": \"Who is China's ambassador?\"}";

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("{}", "'messages' is required", null),
                Arguments.of("{\"model\": \"sourced-extractive\"}", "'messages' is required", null),
                Arguments.of("{\"messages\": []}", "'messages' must hold at least one message", null),
                Arguments.of("{\"messages\": \"hello\"}", "'messages' has the wrong type", null),
                Arguments.of("{\"messages\": [null]}", "messages[0] must be a message object", "messages[0]"),
                Arguments.of(
                        "{\"messages\": [{\"role\": \"wizard\", \"content\": \"hi\"}]}",
                        "messages[0].role must be one of",
                        "messages[0].role"),
                Arguments.of(
                        "{\"messages\": [{\"content\": \"hi\"}]}",
                        "messages[0].role must be one of",
                        "messages[0].role"),
                Arguments.of(
                        "{\"messages\": [" + USER + ", {\"role\": \"assistant\", \"content\": \"Zhang Jun\"}]}",
                        "the last message must be the user's question, not a 'assistant' message",
                        "messages"),
                Arguments.of(
                        "{\"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"image_url\", \"image_url\":"
                                + " {\"url\": \"https://example.com/a.png\"}}]}]}",
                        "messages[0].content[0] is not a text part",
                        "messages[0].content"),
                Arguments.of(
                        "{\"messages\": [{\"role\": \"user\", \"content\": 42}]}",
                        "messages[0].content must be a string or an array of text parts",
                        "messages[0].content"),
                Arguments.of(
                        "{\"messages\": [{\"role\": \"user\", \"content\": \"" + "a".repeat(1001) + "\"}]}",
                        "the question must be at most 1000 characters",
                        null),
                Arguments.of(
                        "{\"messages\": [{\"role\": \"user\", \"content\": \"  ?! \"}]}",
                        "the question must contain at least one letter or digit",
                        null),
                Arguments.of(
                        "{\"messages\": [" + USER + "], \"k\": 0}", "'k' must be a whole number from 1 to 50", null),
                Arguments.of(
                        "{\"messages\": [" + USER + "], \"detail\": \"long\"}",
                        "'detail' must be 'brief', 'standard' or 'full'",
                        null),
                Arguments.of(
                        "{\"messages\": [" + USER + "], \"stream\": \"yes\"}", "'stream' has the wrong type", null),
                Arguments.of("null", "a JSON body with 'messages' is required", null));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void aBadRequestIsA400WithOpenAisErrorBody(String body, String message, String param) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/v1/chat/completions")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("error.message", startsWith(message))
                .body("error.type", equalTo("invalid_request_error"))
                .body("error.param", equalTo(param))
                .body("error.code", nullValue());
    }

    @Test
    void anUnknownModelIsA404ModelNotFound() {
        given().contentType(ContentType.JSON)
                .body("{\"model\": \"gpt-4o\", \"messages\": [" + USER + "]}")
                .post("/v1/chat/completions")
                .then()
                .statusCode(404)
                .body("error.message", equalTo("the model 'gpt-4o' does not exist: use one of sourced-extractive"))
                .body("error.type", equalTo("invalid_request_error"))
                .body("error.param", equalTo("model"))
                .body("error.code", equalTo("model_not_found"));
        given().get("/v1/models/gpt-4o").then().statusCode(404).body("error.code", equalTo("model_not_found"));
    }

    @Test
    void whatTheFrameworkRejectsUnderV1IsShapedAsOpenAiShapesIt() {
        given().get("/v1/embeddings")
                .then()
                .statusCode(404)
                .body("error.message", equalTo("not found"))
                .body("error.type", equalTo("invalid_request_error"));
        for (String malformed : new String[] {"{\"messages\": nope}", "{\"messages\": [", "[]"}) {
            given().contentType(ContentType.JSON)
                    .body(malformed)
                    .post("/v1/chat/completions")
                    .then()
                    .statusCode(400)
                    .body("error.type", equalTo("invalid_request_error"));
        }
        given().get("/v1/chat/completions").then().statusCode(405).body("error.type", equalTo("invalid_request_error"));
        given().contentType(ContentType.TEXT)
                .body("hello")
                .post("/v1/chat/completions")
                .then()
                .statusCode(415)
                .body("error.type", equalTo("invalid_request_error"));
        given().contentType(ContentType.JSON)
                .body("{\"messages\": [{\"role\": \"user\", \"content\": \"" + "a".repeat(600 * 1024) + "\"}]}")
                .post("/v1/chat/completions")
                .then()
                .statusCode(413)
                .body("error.message", containsString("at most 512 KiB"));
        // The API's own errors keep their shape.
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/ask")
                .then()
                .statusCode(400)
                .body("error", startsWith("'question' is required"));
    }

    @Test
    void textPartsAreReadAsTheQuestionAndOtherFieldsAreIgnored() {
        given().contentType(ContentType.JSON)
                .body("{\"model\": \"sourced-extractive\", \"temperature\": 0.2, \"max_tokens\": 50, \"user\": \"u1\","
                        + " \"messages\": [{\"role\": \"user\", \"name\": \"ann\", \"content\": [{\"type\": \"text\","
                        + " \"text\": \"Who is China's ambassador\"}, {\"type\": \"text\", \"text\": \"to the United"
                        + " Nations?\"}]}]}")
                .post("/v1/chat/completions")
                .then()
                .statusCode(200)
                .body("object", equalTo("chat.completion"))
                .body("choices[0].message.role", equalTo("assistant"))
                .body("choices[0].message.content", containsString("Zhang Jun"))
                .body("choices[0].finish_reason", equalTo("stop"))
                .body("usage.total_tokens", equalTo(0))
                .body("citations[0].n", equalTo(1));
    }
}
