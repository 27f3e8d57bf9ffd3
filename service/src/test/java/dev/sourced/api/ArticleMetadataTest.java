package dev.sourced.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.AllSurfacesProfile;
import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 18 §1 and §2 through real HTTP: front matter in, metadata on every citation, answers dated "as of". */
@QuarkusTest
@TestProfile(AllSurfacesProfile.class)
class ArticleMetadataTest {
    private static final String ID = "parnu-tide-mill";
    private static final String ARTICLE = """
            ---
            title: Tide mill reopens in Pärnu
            published: 2024-06-03T09:30:00+03:00
            outlet: Pärnu Postimees
            url: https://example.com/parnu/tide-mill
            author: Kadri Lepp
            ---
            Engineer Mart Saar restored the old tide mill in Pärnu. The tide mill reopened to visitors on Monday. \
            Mart Saar is the current owner of the tide mill.""";

    @BeforeEach
    void ready() {
        IndexReady.await();
        admin().contentType("text/plain; charset=utf-8")
                .queryParam("id", ID)
                .body(ARTICLE)
                .post("/api/documents")
                .then()
                .statusCode(anyOf(is(200), is(201)))
                .body("title", equalTo("Tide mill reopens in Pärnu"))
                .body("date", equalTo("2024-06-03"));
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + AllSurfacesProfile.TOKEN);
    }

    private static JsonPath ask(String question, String asOf) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("question", question, "asOf", asOf))
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void citationsAndSearchResultsCarryTheArticlesMetadata() {
        JsonPath body = ask("Who restored the tide mill in Pärnu?", "2024-06-10");
        assertTrue(body.getBoolean("answered"), body.prettify());
        Map<String, Object> c = body.getMap("citations[0]");
        assertEquals(ID, c.get("source"));
        assertEquals("2024-06-03", c.get("published"));
        assertEquals("Pärnu Postimees", c.get("outlet"));
        assertEquals("https://example.com/parnu/tide-mill", c.get("originalUrl"));
        assertEquals("Kadri Lepp", c.get("author"));
        int start = (Integer) c.get("start");
        int end = (Integer) c.get("end");
        assertEquals(ARTICLE.substring(start, end), c.get("text"), "offsets count the front matter");
        assertTrue(start >= ARTICLE.indexOf("Engineer"), "no citation quotes the front matter");
        assertTrue(!body.getString("answer").startsWith("As of"), "a question not about the present is not dated");
        assertTrue(!body.getMap("$").containsKey("stale"));

        given().queryParam("q", "tide mill Pärnu")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("results[0].source", equalTo(ID))
                .body("results[0].published", equalTo("2024-06-03"))
                .body("results[0].outlet", equalTo("Pärnu Postimees"))
                .body("results[0].originalUrl", equalTo("https://example.com/parnu/tide-mill"))
                .body("results[0].author", equalTo("Kadri Lepp"))
                .body("results.findAll { it.source != '" + ID + "' }", everyItem(not(hasKey("outlet"))));
        given().get("/api/documents/" + ID)
                .then()
                .statusCode(200)
                .body("outlet", equalTo("Pärnu Postimees"))
                .body("originalUrl", equalTo("https://example.com/parnu/tide-mill"))
                .body("author", equalTo("Kadri Lepp"))
                .body("text", equalTo(ARTICLE));
    }

    @Test
    void aQuestionAboutThisWeekIsAnsweredAsOfTheCitedArticle() {
        JsonPath body = ask("Who restored the tide mill in Pärnu this week?", "2024-06-07");
        assertTrue(body.getBoolean("answered"), body.prettify());
        assertTrue(body.getString("answer").startsWith("As of 3 June 2024, "), body.getString("answer"));
        assertTrue(body.getString("answer").contains("Mart Saar"), body.getString("answer"));
        assertTrue(!body.getMap("$").containsKey("stale"), body.prettify());

        String events = given().contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("question", "Who restored the tide mill in Pärnu this week?", "asOf", "2024-06-07"))
                .post("/api/ask/stream")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(events.contains("\"answer\":\"As of 3 June 2024, "), events);
        assertTrue(events.contains("\"outlet\":\"Pärnu Postimees\""), events);
    }

    @Test
    void oldEvidenceForAQuestionAboutThePresentIsSaidToBeOld() {
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "Who is the current owner of the tide mill in Pärnu?", "asOf", "2024-07-15"))
                .post("/api/ask")
                .then()
                .statusCode(200)
                .body("answered", equalTo(true))
                .body("answer", startsWith("As of 3 June 2024, "))
                .body("answer", endsWith(" The newest article found is from 3 June 2024, 42 days before 15 July 2024."))
                .body("stale", equalTo(true))
                .body("citations[0].text", not(containsString("As of")));
    }

    @Test
    void theDocumentsApiTakesTheSameFieldsAndRejectsBadOnesWithA400() {
        admin().contentType(ContentType.JSON)
                .body(Map.of(
                        "id", "json-metadata",
                        "text", "A quiet article about lighthouses on the coast.",
                        "published", "2024-05-01",
                        "source", "Coast Weekly",
                        "url", "https://example.com/lighthouses",
                        "author", "Mari Mets"))
                .post("/api/documents")
                .then()
                .statusCode(anyOf(is(200), is(201)))
                .body("date", equalTo("2024-05-01"));
        given().get("/api/documents/json-metadata")
                .then()
                .statusCode(200)
                .body("outlet", equalTo("Coast Weekly"))
                .body("originalUrl", equalTo("https://example.com/lighthouses"))
                .body("author", equalTo("Mari Mets"));

        for (Map<String, String> bad : new Map[] {
            Map.of("id", "bad-yaml", "text", "---\ntitle: [unclosed\n---\nBody text here."),
            Map.of("id", "bad-close", "text", "---\ntitle: Never closed\nBody text here."),
            Map.of("id", "bad-url", "text", "Body text here.", "url", "javascript:alert(1)"),
            Map.of("id", "bad-pair", "text", "Body text here.", "date", "2024-05-01", "published", "2024-05-02"),
            Map.of("id", "bad-date", "text", "---\ndate: yesterday\n---\nBody text here.")
        }) {
            admin().contentType(ContentType.JSON)
                    .body(bad)
                    .post("/api/documents")
                    .then()
                    .statusCode(400)
                    .body("error", not(containsString("Exception")))
                    .body("$", hasKey("error"));
            given().get("/api/documents/" + bad.get("id")).then().statusCode(404);
        }
        admin().contentType("text/plain; charset=utf-8")
                .queryParam("id", "bad-yaml-text")
                .body("---\nauthor: [a\n---\nBody text here.")
                .post("/api/documents")
                .then()
                .statusCode(400)
                .body("error", containsString("not valid YAML"));
    }
}
