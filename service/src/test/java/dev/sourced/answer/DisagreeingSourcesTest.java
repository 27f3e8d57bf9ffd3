package dev.sourced.answer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.sourced.testing.AllSurfacesProfile;
import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 §3 through real HTTP: an article and a copy of it from another date whose figure was changed are disclosed
 * as disagreeing, newest first; a copy that states the same figure in other words is not.
 */
@QuarkusTest
@TestProfile(AllSurfacesProfile.class)
class DisagreeingSourcesTest {
    private static final String QUESTION =
            "How many passengers did the ferry terminal in Klaipeda handle in its first week?";
    private static final String ORIGINAL = "The port of Klaipeda opened a new ferry terminal on Thursday. The terminal "
            + "handled 4,800 passengers in its first week, the port authority said. Officials expect more traffic in "
            + "the summer.";

    @BeforeEach
    void ready() {
        IndexReady.await();
        put("klaipeda-terminal", ORIGINAL, "2024-05-02");
    }

    @AfterEach
    void removeArticles() {
        for (String id : new String[] {"klaipeda-terminal", "klaipeda-terminal-copy"}) {
            given().header("Authorization", "Bearer " + AllSurfacesProfile.TOKEN)
                    .delete("/api/documents/" + id)
                    .then()
                    .statusCode(anyOf(is(204), is(404)));
        }
    }

    @Test
    void aCopyWithAnotherFigureIsDisclosedAsADisagreementNewestFirst() {
        put("klaipeda-terminal-copy", ORIGINAL.replace("4,800", "5,200"), "2024-05-06");
        ask().body("answered", is(true))
                .body("conflict", is(true))
                .body("answer", startsWith("The sources disagree. 5,200 (reported 2024-05-06): “The terminal handled"))
                .body("values[0].value", equalTo("5,200"))
                .body("values[0].published", equalTo("2024-05-06"))
                .body("values[0].citation", is(1))
                .body("citations[0].source", equalTo("klaipeda-terminal-copy"))
                .body("values[1].value", equalTo("4,800"))
                .body("values[1].published", equalTo("2024-05-02"))
                .body("citations[1].source", equalTo("klaipeda-terminal"));
    }

    @Test
    void aCopyThatAgreesInOtherWordsIsNoDisagreement() {
        put(
                "klaipeda-terminal-copy",
                "Klaipeda's new ferry terminal opened on Thursday. According to the port authority, the terminal "
                        + "handled 4800 passengers during its first week.",
                "2024-05-06");
        ask().body("answered", is(true))
                .body("conflict", is(false))
                .body("values", nullValue())
                .body("answer", anyOf(startsWith("4800. —"), startsWith("4,800. —")));
    }

    private static ValidatableResponse ask() {
        return given().contentType(ContentType.JSON)
                .body("{\"question\": \"" + QUESTION + "\"}")
                .post("/api/ask")
                .then()
                .statusCode(200);
    }

    private static void put(String id, String text, String date) {
        given().header("Authorization", "Bearer " + AllSurfacesProfile.TOKEN)
                .contentType(ContentType.JSON)
                .body("{\"id\": \"" + id + "\", \"text\": \"" + text + "\", \"title\": \"Ferry terminal\", \"date\": \""
                        + date + "\"}")
                .post("/api/documents")
                .then()
                .statusCode(anyOf(is(200), is(201)));
    }
}
