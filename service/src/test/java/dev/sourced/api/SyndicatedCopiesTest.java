package dev.sourced.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.AllSurfacesProfile;
import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One wire story under three outlets, through the HTTP API: posted as an original, an edited copy and an exact copy,
 * searched, listed and answered from, then its original removed.
 */
@QuarkusTest
@TestProfile(AllSurfacesProfile.class)
class SyndicatedCopiesTest {
    private static final String STORY = "The port of Tallinn will open a new ferry terminal on the harbour in June,"
            + " the city's transport department said on Tuesday. The terminal cost 42 million euros and will handle"
            + " up to 9,000 passengers a day on the route to Helsinki. Construction began two years ago and was"
            + " delayed by a shortage of steel. The mayor said the terminal would shorten queues in the summer season,"
            + " when traffic across the Gulf of Finland peaks.";
    private static final String EDITED = "By a staff reporter, with wire services. "
            + STORY.replace("42 million", "44 million").replace("Tuesday", "Wednesday");
    private static final List<String> IDS = List.of("wire-tallinn-ferry", "metro-tallinn-ferry", "globe-tallinn-ferry");

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    @AfterEach
    void removeTheStory() {
        IDS.forEach(id -> admin().delete("/api/documents/" + id));
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + AllSurfacesProfile.TOKEN);
    }

    private static void post(String id, String text, String date, int status, String outcome) {
        admin().contentType(ContentType.JSON)
                .body(Map.of("id", id, "text", text, "title", "New ferry terminal", "date", date))
                .post("/api/documents")
                .then()
                .statusCode(status)
                .body("outcome", equalTo(outcome));
    }

    @Test
    void copiesAreSearchedOnceListedAsAGroupAndAnExactCopyIsStoredOnce() {
        post("wire-tallinn-ferry", STORY, "2024-05-01", 201, "added");
        post("metro-tallinn-ferry", EDITED, "2024-05-02", 201, "added");
        admin().contentType(ContentType.JSON)
                .body(Map.of("id", "globe-tallinn-ferry", "text", STORY + "\n", "date", "2024-05-03"))
                .post("/api/documents")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("duplicate"))
                .body("duplicateOf", equalTo("wire-tallinn-ferry"))
                .body("chunkCount", equalTo(0));
        given().get("/api/documents/globe-tallinn-ferry").then().statusCode(200).body("text", equalTo(STORY + "\n"));

        JsonPath results = search();
        List<String> sources = results.getList("results.source");
        assertEquals("wire-tallinn-ferry", sources.getFirst(), sources.toString());
        assertEquals(1, sources.stream().filter(IDS::contains).distinct().count(), sources.toString());
        assertEquals(
                List.of("metro-tallinn-ferry", "globe-tallinn-ferry"), results.getList("results[0].alsoPublishedBy"));
        assertTrue(results.getList("results.findAll { it.source.startsWith('0') }.alsoPublishedBy").stream()
                .allMatch(v -> v == null));

        JsonPath listing =
                given().get("/api/documents").then().statusCode(200).extract().jsonPath();
        assertEquals(
                Map.of("representative", "wire-tallinn-ferry", "members", IDS),
                listing.getMap("groups.find { it.representative == 'wire-tallinn-ferry' }"));
        assertEquals(
                "wire-tallinn-ferry",
                listing.getString("documents.find { it.id == 'globe-tallinn-ferry' }.duplicateOf"));
        assertEquals(
                List.of("wire-tallinn-ferry", "globe-tallinn-ferry"),
                listing.getList("documents.find { it.id == 'metro-tallinn-ferry' }.alsoPublishedBy"));

        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", "How much did the new ferry terminal in Tallinn cost?"))
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> citations = answer.getList("citations");
        Set<Object> cited = citations.stream().map(c -> c.get("source")).collect(Collectors.toSet());
        assertTrue(cited.contains("wire-tallinn-ferry"), cited.toString());
        assertEquals(
                List.of("metro-tallinn-ferry", "globe-tallinn-ferry"),
                answer.getList("citations.find { it.source == 'wire-tallinn-ferry' }.alsoPublishedBy"));
    }

    @Test
    void removingTheOriginalPromotesTheNextCopy() {
        post("wire-tallinn-ferry", STORY, "2024-05-01", 201, "added");
        post("metro-tallinn-ferry", EDITED, "2024-05-02", 201, "added");
        post("globe-tallinn-ferry", STORY, "2024-05-03", 200, "duplicate");

        admin().delete("/api/documents/wire-tallinn-ferry").then().statusCode(204);

        JsonPath listing =
                given().get("/api/documents").then().statusCode(200).extract().jsonPath();
        assertEquals(
                Map.of("representative", "metro-tallinn-ferry", "members", IDS.subList(1, 3)),
                listing.getMap("groups.find { it.representative == 'metro-tallinn-ferry' }"));
        given().get("/api/documents")
                .then()
                .body("documents.find { it.id == 'globe-tallinn-ferry' }.duplicateOf", nullValue())
                .body("documents.find { it.id == 'globe-tallinn-ferry' }.chunkCount", greaterThan(0));
        List<String> sources = search().getList("results.source");
        assertEquals("metro-tallinn-ferry", sources.getFirst(), sources.toString());
        assertEquals(1, sources.stream().filter(IDS::contains).distinct().count(), sources.toString());
    }

    private static JsonPath search() {
        return given().queryParam("q", "Tallinn ferry terminal cost passengers Helsinki")
                .queryParam("k", "5")
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
