package dev.sourced.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.answer.Asker;
import dev.sourced.answer.Question;
import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Embedding and search never run on a Vert.x event loop: {@link Asker} refuses to work there (the first test shows
 * that it does), so every 200 from ask/stream and search below was produced on a worker thread. And a stream that
 * cannot get a place in the bulkhead is a 503 before its 200.
 */
@QuarkusTest
class WorkerThreadTest {
    private static final String QUESTION = "{\"question\": \"How many South Koreans were in the region?\"}";

    @Inject
    Asker asker;

    @Inject
    Vertx vertx;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    @Test
    void theAskerRefusesToWorkOnAnEventLoopThread() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(v -> {
            try {
                outcome.complete(asker.search(new Question("Who?"), 1));
            } catch (RuntimeException e) {
                outcome.complete(e);
            }
        });
        Object result = outcome.get(10, TimeUnit.SECONDS);
        assertInstanceOf(IllegalStateException.class, result, "refused on " + result);
    }

    @Test
    void askStreamAndSearchAreHandledOffTheEventLoop() {
        for (int i = 0; i < 3; i++) {
            String events = given().contentType(ContentType.JSON)
                    .body(QUESTION)
                    .post("/api/ask/stream")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertTrue(events.contains("event:answer"), events);
            given().queryParam("q", "South Koreans in the region")
                    .get("/api/search")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void anOverloadedServiceAnswers503BeforeTheStreamOpens() {
        List<Asker.Streamed> held = new ArrayList<>();
        try {
            while (true) {
                held.add(asker.stream(new Question("Who?"), 1, null));
            }
        } catch (dev.sourced.answer.OverloadedException full) {
            given().contentType(ContentType.JSON)
                    .body(QUESTION)
                    .post("/api/ask/stream")
                    .then()
                    .statusCode(503)
                    .contentType(ContentType.JSON)
                    .header("Retry-After", notNullValue())
                    .body("error", containsString("try again"));
            given().queryParam("q", "Who?")
                    .get("/api/search")
                    .then()
                    .statusCode(503)
                    .contentType(ContentType.JSON)
                    .header("Retry-After", notNullValue());
        } finally {
            held.forEach(Asker.Streamed::close);
        }
        given().contentType(ContentType.JSON)
                .body(QUESTION)
                .post("/api/ask/stream")
                .then()
                .statusCode(200);
    }
}
