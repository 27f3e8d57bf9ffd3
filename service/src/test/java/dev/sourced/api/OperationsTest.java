package dev.sourced.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {
    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    @Test
    void readinessReportsTheIndex() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'index' }.status", equalTo("UP"));
    }

    @Test
    void metricsCountAnswersAndAbstentionsAndTimeThem() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"Who won the 2022 FIFA World Cup?\"}")
                .post("/api/ask")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"Who is China's ambassador to the United Nations?\"}")
                .post("/api/ask")
                .then()
                .statusCode(200);
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("sourced_ask_answers_total{answered=\"false\",generator=\"extractive\"}"), metrics);
        assertTrue(metrics.contains("sourced_ask_answers_total{answered=\"true\",generator=\"extractive\"}"));
        assertTrue(metrics.contains("sourced_ask_seconds_bucket{"), "latency is a histogram");
    }

    @Test
    void everyResponseCarriesARequestIdAndASaneOneFromTheCallerIsKept() {
        given().header("X-Request-Id", "abc-123")
                .queryParam("q", "Hua")
                .get("/api/search")
                .then()
                .statusCode(200)
                .header("X-Request-Id", equalTo("abc-123"));
        String made = given().header("X-Request-Id", "bad id with spaces\nand a newline")
                .queryParam("q", "Hua")
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .header("X-Request-Id");
        assertTrue(made.matches("[0-9a-f-]{36}"), made);
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/ask")
                .then()
                .statusCode(400)
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoints() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(containsString("/api/ask"))
                .body(containsString("/api/search"))
                .body(containsString("/api/documents"))
                .body(containsString("/api/feedback"))
                .body(containsString("/slack/interactivity"))
                .body(containsString("/v1/chat/completions"))
                .body(containsString("/v1/models"));
    }
}
