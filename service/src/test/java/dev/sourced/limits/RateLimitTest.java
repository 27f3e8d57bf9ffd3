package dev.sourced.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(LimitsProfile.class)
class RateLimitTest {
    @Test
    void aClientOverItsQuestionRateGets429WithRetryAfterOnEveryQuestionEndpoint() {
        int tooMany = 0;
        for (int i = 0; i < 4; i++) {
            int status = given().contentType(ContentType.JSON)
                    .body("{\"question\": \"Who is Hua Chunying?\"}")
                    .post("/api/ask")
                    .statusCode();
            if (status == 429) {
                tooMany++;
            }
        }
        assertTrue(tooMany >= 2, "the burst is two; later questions are limited");
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"Who is Hua Chunying?\"}")
                .post("/api/ask/stream")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .contentType(ContentType.JSON)
                .body("error", containsString("too many requests"));
        given().queryParam("q", "Hua")
                .get("/api/search")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .contentType(ContentType.JSON)
                .body("error", containsString("too many requests"));
        given().contentType(ContentType.JSON)
                .body("{\"messages\": [{\"role\": \"user\", \"content\": \"Who is Hua Chunying?\"}]}")
                .post("/v1/chat/completions")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .contentType(ContentType.JSON)
                .body("error.message", containsString("too many requests"))
                .body("error.type", org.hamcrest.Matchers.equalTo("rate_limit_error"))
                .body("error.code", org.hamcrest.Matchers.equalTo("rate_limit_exceeded"));
        // The ask page answering without script asks like /api/ask; the page alone asks nothing.
        given().queryParam("q", "Who is Hua Chunying?")
                .get("/")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().get("/").then().statusCode(200);
    }

    @Test
    void slackDeliveriesAreRateLimitedToo() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/slack/events")
                .then()
                .statusCode(org.hamcrest.Matchers.not(429));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/slack/events")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void withoutProxyForwardingAForwardedForHeaderDoesNotBuyANewBucket() {
        int tooMany = 0;
        for (int i = 0; i < 4; i++) {
            if (given().header("X-Forwarded-For", "198.51.100." + i)
                            .queryParam("q", "Hua")
                            .get("/api/search")
                            .statusCode()
                    == 429) {
                tooMany++;
            }
        }
        assertTrue(tooMany >= 2, "every request came from one peer, whatever the header says");
    }
}
