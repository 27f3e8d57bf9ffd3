package dev.sourced.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentsDisabledTest {
    @Test
    void withoutAnAdminTokenWritesAreDisabled() {
        given().header("Authorization", "Bearer anything")
                .contentType("application/json")
                .body("{\"id\": \"x\", \"text\": \"Some text.\"}")
                .post("/api/documents")
                .then()
                .statusCode(403)
                .body("error", containsString("SOURCED_ADMIN_TOKEN"));
        given().delete("/api/documents/000_ac86cc53e555919c").then().statusCode(403);
    }

    @Test
    void withoutAnAdminTokenTheFeedbackIsNotReadable() {
        given().header("Authorization", "Bearer anything")
                .get("/api/feedback")
                .then()
                .statusCode(403)
                .body("error", containsString("SOURCED_ADMIN_TOKEN"));
        given().delete("/api/feedback/x").then().statusCode(403);
    }
}
