package dev.sourced.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.answer.Asker;
import dev.sourced.answer.OverloadedException;
import dev.sourced.answer.Question;
import dev.sourced.testing.AllSurfacesProfile;
import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One error path: every class of rejection, whichever filter, validator or surface produces it, is a JSON body with
 * exactly one string field {@code error}, carries the request id, and is logged in exactly one line.
 */
@QuarkusTest
@TestProfile(AllSurfacesProfile.class)
class RejectionsTest {
    @Inject
    Asker asker;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    static Stream<Arguments> rejections() {
        String event = "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"app_mention\"}}";
        return Stream.of(
                rejection(
                        "malformed JSON",
                        400,
                        r -> r.contentType("application/json").body("{").post("/api/ask")),
                rejection(
                        "JSON of the wrong shape",
                        400,
                        r -> r.contentType("application/json").body("[]").post("/api/ask")),
                rejection(
                        "a field of the wrong type",
                        400,
                        r -> r.contentType("application/json")
                                .body("{\"question\": \"Who?\", \"k\": \"five\"}")
                                .post("/api/ask")),
                rejection("no body", 400, r -> r.contentType("application/json").post("/api/ask")),
                rejection(
                        "body validation",
                        400,
                        r -> r.contentType("application/json")
                                .body("{\"question\": \"  \"}")
                                .post("/api/ask/stream")),
                rejection(
                        "query validation",
                        400,
                        r -> r.queryParam("q", "Who?").queryParam("k", "99").get("/api/search")),
                rejection(
                        "nothing to answer",
                        400,
                        r -> r.contentType("application/json")
                                .body("{\"question\": \"\\u200b?!\"}")
                                .post("/api/ask")),
                rejection(
                        "query string not UTF-8",
                        400,
                        r -> r.urlEncodingEnabled(false).get("/api/search?q=%ff")),
                rejection(
                        "body too large",
                        413,
                        r -> r.contentType("application/json")
                                .body("{\"question\": \"" + "x".repeat(70_000) + "\"}")
                                .post("/api/ask")),
                rejection(
                        "wrong media type",
                        415,
                        r -> r.contentType("text/plain").body("Who?").post("/api/ask")),
                rejection("wrong method", 405, r -> r.get("/api/ask")),
                rejection("no such route", 404, r -> r.get("/api/nothing-here")),
                rejection("unknown article", 404, r -> r.get("/api/documents/nope")),
                rejection(
                        "no admin token",
                        401,
                        r -> r.contentType("application/json")
                                .body("{\"id\": \"x\", \"text\": \"Text.\"}")
                                .post("/api/documents")),
                rejection(
                        "wrong admin token",
                        401,
                        r -> r.header("Authorization", "Bearer nope").delete("/api/documents/x")),
                rejection(
                        "article without letters",
                        400,
                        r -> r.header("Authorization", "Bearer " + AllSurfacesProfile.TOKEN)
                                .contentType("application/json")
                                .body("{\"id\": \"x\", \"text\": \"!!! ???\"}")
                                .post("/api/documents")),
                rejection(
                        "Slack: not a Slack request",
                        400,
                        r -> r.contentType("application/json").body("{{{").post("/slack/events")),
                rejection(
                        "Slack: unsigned",
                        401,
                        r -> r.contentType("application/json").body(event).post("/slack/events")),
                rejection("Slack: over the rate", 429, r -> {
                    for (int i = 0; i < 4; i++) {
                        given().contentType("application/json").body(event).post("/slack/events");
                    }
                    return r.contentType("application/json").body(event).post("/slack/events");
                }));
    }

    private static Arguments rejection(String what, int status, Function<RequestSpecification, Response> send) {
        return Arguments.of(what, status, send);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void isOneJsonErrorAndOneLogLine(String what, int status, Function<RequestSpecification, Response> send)
            throws IOException {
        String id = "rej-" + UUID.randomUUID();
        assertOneRejection(what, status, id, send.apply(given().header("X-Request-Id", id)));
    }

    @Test
    void overloadIsOneJsonErrorAndOneLogLineToo() throws IOException {
        List<Asker.Streamed> held = new ArrayList<>();
        try {
            while (true) {
                held.add(asker.stream(new Question("Who?"), 1, null));
            }
        } catch (OverloadedException full) {
            String id = "rej-" + UUID.randomUUID();
            assertOneRejection(
                    "overloaded",
                    503,
                    id,
                    given().header("X-Request-Id", id)
                            .contentType("application/json")
                            .body("{\"question\": \"Who?\"}")
                            .post("/api/ask"));
        } finally {
            held.forEach(Asker.Streamed::close);
        }
    }

    private static void assertOneRejection(String what, int status, String id, Response response) throws IOException {
        assertEquals(status, response.statusCode(), what + ": " + response.asString());
        assertTrue(response.contentType().startsWith("application/json"), what + ": " + response.contentType());
        Map<String, Object> body = response.jsonPath().getMap("");
        assertEquals(List.of("error"), List.copyOf(body.keySet()), what + ": " + body);
        String error = (String) body.get("error");
        assertFalse(
                error.isBlank() || error.contains("Exception") || error.contains("dev.sourced"), what + ": " + error);
        assertEquals(id, response.header("X-Request-Id"), what + ": the request id is echoed");
        if (status == 429 || status == 503) {
            assertTrue(response.header("Retry-After") != null, what);
        }
        if (status == 401) {
            assertTrue(response.header("WWW-Authenticate") != null || what.startsWith("Slack"), what);
        }
        List<String> lines = Files.readAllLines(Path.of("target", "quarkus-test.log")).stream()
                .filter(l -> l.contains(id))
                .toList();
        assertEquals(1, lines.size(), what + " is logged once: " + lines);
        assertTrue(lines.getFirst().contains("rejected " + status), what + ": " + lines);
    }
}
