package dev.sourced.slack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlackDisabledTest {
    @Test
    void withoutASigningSecretTheSlackEndpointsAreNotThere() {
        given().contentType("application/json")
                .body("{\"type\":\"url_verification\",\"challenge\":\"c\"}")
                .post("/slack/events")
                .then()
                .statusCode(404)
                .body("error", notNullValue());
        given().contentType("application/x-www-form-urlencoded")
                .body("command=/ask&text=hi")
                .post("/slack/commands")
                .then()
                .statusCode(404)
                .body("error", notNullValue());
        given().contentType("application/x-www-form-urlencoded")
                .body("payload=%7B%22type%22%3A%22block_actions%22%7D")
                .post("/slack/interactivity")
                .then()
                .statusCode(404)
                .body("error", notNullValue());
    }
}
