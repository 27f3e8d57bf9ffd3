package dev.sourced.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SearchResourceTest {
    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    @Test
    void returnsRankedPassagesWithExactOffsetsAndTheirRetrievers() {
        JsonPath body = given().queryParam("q", "How many South Koreans were in the region?")
                .queryParam("k", 3)
                .get("/api/search")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("query", equalTo("How many South Koreans were in the region?"))
                .body("results", hasSize(3))
                .extract()
                .jsonPath();
        List<Map<String, Object>> results = body.getList("results");
        assertEquals("000_ac86cc53e555919c", results.getFirst().get("source"));
        assertTrue(((String) results.getFirst().get("text")).contains("64 South Koreans"));
        double previous = Double.MAX_VALUE;
        for (Map<String, Object> r : results) {
            String text = (String) r.get("text");
            int start = (Integer) r.get("start");
            int end = (Integer) r.get("end");
            assertEquals(text.length(), end - start);
            String article = given().get("/api/documents/" + r.get("source"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("text");
            assertEquals(article.substring(start, end), text, "text is the article's characters start..end");
            double score = ((Number) r.get("score")).doubleValue();
            assertTrue(score <= previous, "best first");
            previous = score;
            @SuppressWarnings("unchecked")
            List<String> retrievers = (List<String>) r.get("retrievers");
            assertFalse(retrievers.isEmpty());
            assertTrue(List.of("bm25", "vector").containsAll(retrievers));
            assertFalse(((String) r.get("chunkId")).isBlank());
            assertFalse(((String) r.get("title")).isBlank());
            assertEquals("/articles/" + r.get("source") + "?hl=" + start + "-" + end + "#passage", r.get("url"));
        }
    }

    @Test
    void defaultsToFiveResults() {
        given().queryParam("q", "Wang Yi")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("results", hasSize(5));
    }

    @Test
    void querySyntaxIsReadAsWords() {
        given().queryParam("q", "title:foo AND (\"unbalanced * ~ ")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("results.size()", lessThanOrEqualTo(5));
    }

    @Test
    void missingOrBlankQuestionIsABadRequest() {
        given().get("/api/search")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("error", containsString("'q'"));
        given().queryParam("q", "   ").get("/api/search").then().statusCode(400).body("error", containsString("'q'"));
    }

    @Test
    void overlongQuestionIsABadRequest() {
        given().queryParam("q", "a".repeat(1001))
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("error", containsString("1000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "-1", "abc", "2.5"})
    void kOutOfRangeIsABadRequest(String k) {
        given().queryParam("q", "Wang Yi")
                .queryParam("k", k)
                .get("/api/search")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("error", containsString("'k'"));
    }

    @Test
    void listsTheIndexedArticles() {
        given().get("/api/documents")
                .then()
                .statusCode(200)
                .body("documents", hasSize(5))
                .body("documents.chunkCount", everyItem(org.hamcrest.Matchers.greaterThan(0)))
                .body("documents.find { it.id == '003_a3fc5418d35ef088' }.date", equalTo("2022-03-02"));
    }

    @Test
    void anUnknownArticleIsNotFoundAsJson() {
        given().get("/api/documents/nope")
                .then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("error", containsString("nope"));
    }
}
