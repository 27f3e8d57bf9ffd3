package dev.sourced.slack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlackDisabledTest {
    @Test
    void withoutASigningSecretTheSlackEndpointsAreNotThere() {
        record Request(String path, String contentType, String body) {}
        for (Request r : List.of(
                new Request("/slack/events", "application/json", "{\"type\":\"url_verification\",\"challenge\":\"c\"}"),
                new Request("/slack/commands", "application/x-www-form-urlencoded", "command=/ask&text=hi"),
                new Request(
                        "/slack/interactivity",
                        "application/x-www-form-urlencoded",
                        "payload=%7B%22type%22%3A%22block_actions%22%7D"))) {
            given().contentType(r.contentType())
                    .body(r.body())
                    .post(r.path())
                    .then()
                    .statusCode(404)
                    .body("error", notNullValue());
        }
    }
}
