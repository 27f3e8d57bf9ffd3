package dev.sourced.answer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 18 §2 with the LLM generator: its answer is dated and flagged stale like the extractive one. */
@QuarkusTest
@TestProfile(LlmProfile.class)
class LlmAsOfTest {
    /** The one dated bundled article: it starts "date 2022-03-02". */
    private static final String DATED = "003_a3fc5418d35ef088";

    /** A new one for each test: see {@link OpenAiStub#inject}. */
    OpenAiStub.Model model;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    /** Asks with the model answering from the first passage it is given; {@code asOf} {@code null} for none. */
    private JsonPath ask(String question, String asOf) {
        model.replies(OpenAiStub.Reply.text("Wang Yi told Dmytro Kuleba of his deep concerns [1]."));
        return given().contentType(ContentType.JSON)
                .body(asOf == null ? Map.of("question", question) : Map.of("question", question, "asOf", asOf))
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aModelAnswerAboutThisWeekIsDatedByItsCitedArticle() {
        JsonPath body = ask("What did Wang Yi tell Dmytro Kuleba this week?", "2022-03-04");
        assertEquals("llm", body.getString("generator"), body.prettify());
        assertEquals(DATED, body.getString("citations[0].source"), body.prettify());
        assertEquals("2022-03-02", body.getString("citations[0].published"));
        assertEquals(
                "As of 2 March 2022, Wang Yi told Dmytro Kuleba of his deep concerns [1].", body.getString("answer"));
        assertTrue(!body.getMap("$").containsKey("stale"), body.prettify());
    }

    @Test
    void withoutAnAsOfDateTodayIsTheDayAskedAndTheEvidenceIsOld() {
        JsonPath body = ask("What did Wang Yi tell Dmytro Kuleba recently?", null);
        assertEquals("llm", body.getString("generator"), body.prettify());
        assertTrue(body.getString("answer").startsWith("As of 2 March 2022, Wang Yi told"), body.getString("answer"));
        assertTrue(
                body.getString("answer").contains(" The newest article found is from 2 March 2022, "),
                body.getString("answer"));
        assertTrue(body.getBoolean("stale"));
    }
}
