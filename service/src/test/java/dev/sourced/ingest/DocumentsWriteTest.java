package dev.sourced.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.AllSurfacesProfile;
import dev.sourced.testing.IndexReady;
import dev.sourced.testing.TestLog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@TestProfile(AllSurfacesProfile.class)
class DocumentsWriteTest {
    private static final String ARTICLE = """
            The city of Tallinn opened a floating library on the harbour on Monday. The library holds 4,800 books \
            and was designed by the architect Liis Kask. It will stay open through the summer.""";

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + AllSurfacesProfile.TOKEN);
    }

    private static String json(String id, String text) {
        return "{\"id\": \"" + id + "\", \"text\": \"" + text.replace("\"", "\\\"") + "\"}";
    }

    private static int articleCount() {
        return given().get("/api/documents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("documents")
                .size();
    }

    @Test
    void anAddedArticleIsSearchableAndAnswerableAsSoonAsTheRequestReturns() {
        admin().contentType(ContentType.JSON)
                .body("{\"id\": \"tallinn-library\", \"text\": \"" + ARTICLE + "\", \"title\": \"Floating library\", "
                        + "\"date\": \"2024-06-03\"}")
                .post("/api/documents")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/documents/tallinn-library"))
                .body("outcome", equalTo("added"))
                .body("title", equalTo("Floating library"))
                .body("date", equalTo("2024-06-03"));
        given().queryParam("q", "floating library Tallinn")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("results[0].source", equalTo("tallinn-library"));
        String answer = given().contentType(ContentType.JSON)
                .body("{\"question\": \"Who designed the floating library in Tallinn?\"}")
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .path("answer");
        assertTrue(answer.contains("Liis Kask"), answer);
        given().get("/api/documents/tallinn-library").then().statusCode(200).body("text", equalTo(ARTICLE));
    }

    @Test
    void aQuestionAskedAsOfADateUsesOnlyWhatWasPublishedByThen() {
        admin().contentType(ContentType.JSON)
                .body("{\"id\": \"tartu-bridge\", \"text\": \"Engineer Maarja Tamm designed the new glass bridge in "
                        + "Tartu. The bridge opened to walkers on Monday.\", \"date\": \"2024-06-03\"}")
                .post("/api/documents")
                .then()
                .statusCode(anyOf(is(200), is(201)));
        String question = "Who designed the new glass bridge in Tartu?";
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"" + question + "\", \"asOf\": \"2024-06-10\"}")
                .post("/api/ask")
                .then()
                .statusCode(200)
                .body("answered", equalTo(true))
                .body("answer", containsString("Maarja Tamm"));
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"" + question + "\", \"asOf\": \"2024-06-01\"}")
                .post("/api/ask")
                .then()
                .statusCode(200)
                .body("citations.source", not(hasItem("tartu-bridge")));
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"Who designed a bridge in Tartu this week?\", " + "\"asOf\": \"2024-09-01\"}")
                .post("/api/ask")
                .then()
                .statusCode(200)
                .body("answered", equalTo(false));
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"" + question + "\", \"asOf\": \"last week\"}")
                .post("/api/ask")
                .then()
                .statusCode(400)
                .body("error", notNullValue());
    }

    @Test
    void rePostingAnIdReplacesTheArticle() {
        admin().contentType(ContentType.JSON)
                .body(json("replace-me", "The old text mentions zebras twice. Zebras."))
                .post("/api/documents")
                .then()
                .statusCode(201);
        admin().contentType(ContentType.JSON)
                .body(json("replace-me", "The new text is about giraffes only."))
                .post("/api/documents")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("updated"));
        admin().contentType(ContentType.JSON)
                .body(json("replace-me", "The new text is about giraffes only."))
                .post("/api/documents")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("unchanged"));
        List<String> texts = given().queryParam("q", "zebras")
                .queryParam("k", 50)
                .get("/api/search")
                .then()
                .extract()
                .jsonPath()
                .getList("results.text");
        assertTrue(texts.stream().noneMatch(t -> t.contains("zebras")), "the old version is gone: " + texts);
        given().get("/api/documents/replace-me").then().body("text", equalTo("The new text is about giraffes only."));
    }

    @Test
    void searchesDuringReplacementsSeeOneWholeVersionNeverAMix() throws Exception {
        int versions = 12;
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> mixed = new CopyOnWriteArrayList<>();
        AtomicInteger checks = new AtomicInteger();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (writing.get()) {
                List<String> texts = given().queryParam("q", "quokka census")
                        .queryParam("k", 50)
                        .get("/api/search")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("results.findAll { it.source == 'versioned' }.text");
                Set<String> seen = texts.stream()
                        .map(t -> t.replaceAll(".*?(version\\d+).*", "$1"))
                        .collect(Collectors.toSet());
                if (seen.size() > 1) {
                    mixed.add(seen.toString());
                }
                checks.incrementAndGet();
            }
        });
        for (int v = 0; v < versions; v++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 4; p++) {
                text.append("The quokka census of version")
                        .append(v)
                        .append(" counted animals on island ")
                        .append(p)
                        .append(". Rangers of version")
                        .append(v)
                        .append(" walked the trails.\\n\\n");
            }
            admin().contentType(ContentType.JSON)
                    .body("{\"id\": \"versioned\", \"text\": \"" + text + "\"}")
                    .post("/api/documents")
                    .then()
                    .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
            // Let the reader finish a search that began after this write, so reads and writes interleave however
            // the two threads happen to be scheduled.
            int seen = checks.get();
            await("the reader searched after this write")
                    .atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(1))
                    .until(() -> checks.get() >= seen + 2 || !reader.isAlive());
        }
        writing.set(false);
        reader.join();
        assertTrue(checks.get() > 2 * versions, "the reader searched between and during the replacements");
        assertEquals(List.of(), mixed, "a search never mixes two versions of one article");
    }

    @Test
    void aPlainTextBodyTakesItsIdFromTheQuery() {
        admin().contentType("text/plain; charset=utf-8")
                .queryParam("id", "plain-1")
                .body("date 2023-01-05\nA plain text article about lighthouses. It has a date line.")
                .post("/api/documents")
                .then()
                .statusCode(201)
                .body("date", equalTo("2023-01-05"));
    }

    @Test
    void deleteRemovesTheArticleFromSearchAndTheListing() {
        admin().contentType(ContentType.JSON)
                .body(json("delete-me", "Marmalade festival news for the weekend."))
                .post("/api/documents")
                .then()
                .statusCode(201);
        admin().delete("/api/documents/delete-me").then().statusCode(204);
        given().get("/api/documents/delete-me").then().statusCode(404);
        List<String> sources = given().queryParam("q", "marmalade festival")
                .queryParam("k", 50)
                .get("/api/search")
                .then()
                .extract()
                .jsonPath()
                .getList("results.source");
        assertFalse(sources.contains("delete-me"));
        admin().delete("/api/documents/delete-me").then().statusCode(404).contentType(ContentType.JSON);
    }

    @Test
    void writesNeedTheAdminToken() {
        given().contentType(ContentType.JSON)
                .body(json("x1", "Some text here."))
                .post("/api/documents")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("error", containsString("Bearer"));
        given().header("Authorization", "Bearer wrong")
                .contentType(ContentType.JSON)
                .body(json("x1", "Some text."))
                .post("/api/documents")
                .then()
                .statusCode(401)
                .contentType(ContentType.JSON);
        given().header("Authorization", "Bearer wrong")
                .delete("/api/documents/000_ac86cc53e555919c")
                .then()
                .statusCode(401);
        given().get("/api/documents/000_ac86cc53e555919c").then().statusCode(200);
        TestLog.assertContainsNone(AllSurfacesProfile.TOKEN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../etc/passwd",
                "a/b",
                "",
                " ",
                "..",
                "con\\u0000trol",
                "-leading-dash",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            })
    void unsafeIdsAreRejectedAndNothingIsWritten(String id) {
        int before = articleCount();
        admin().contentType(ContentType.JSON)
                .body(json(id, "A fine article body."))
                .post("/api/documents")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON);
        assertEquals(before, articleCount());
    }

    @Test
    void unreadableArticlesAreRejectedWithAReasonAndNothingIsWritten() {
        int before = articleCount();
        admin().contentType(ContentType.JSON)
                .body(json("empty", "   "))
                .post("/api/documents")
                .then()
                .statusCode(400)
                .body("error", containsString("no text"));
        admin().contentType(ContentType.JSON)
                .body("{\"id\": \"bin\", \"text\": \"a\\u0000b\\u0001c\"}")
                .post("/api/documents")
                .then()
                .statusCode(400)
                .body("error", containsString("binary"));
        admin().contentType("text/plain")
                .queryParam("id", "latin1")
                .body(new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'n', 'e', 'w', 's'})
                .post("/api/documents")
                .then()
                .statusCode(400)
                .body("error", containsString("UTF-8"));
        admin().contentType("text/plain")
                .queryParam("id", "huge")
                .body(new byte[2 * 1024 * 1024 + 10])
                .post("/api/documents")
                .then()
                .statusCode(413)
                .contentType(ContentType.JSON);
        admin().contentType(ContentType.JSON)
                .body("{\"id\": \"dated\", \"text\": \"Text.\", \"date\": \"yesterday\"}")
                .post("/api/documents")
                .then()
                .statusCode(400)
                .body("error", containsString("YYYY-MM-DD"));
        admin().contentType("text/plain")
                .body("no id given")
                .post("/api/documents")
                .then()
                .statusCode(400)
                .body("error", containsString("'id'"));
        admin().contentType(ContentType.XML)
                .body("<a/>")
                .post("/api/documents")
                .then()
                .statusCode(415);
        assertEquals(before, articleCount());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\\u202e\\u200b\\ufeff",
                "?!... --- ;;",
                "\\ud83e\\udd86 \\ud83e\\udd86",
                "\\u0301\\u0301",
                "Who \\ud800 is it?",
                "# A title\\n\\n!!!"
            })
    void articlesWithoutLettersOrWithInvalidUnicodeAreRejectedAndNothingIsWritten(String jsonText) {
        int before = articleCount();
        admin().contentType(ContentType.JSON)
                .body("{\"id\": \"no-letters\", \"text\": \"" + jsonText + "\"}")
                .post("/api/documents")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body(
                        "error",
                        org.hamcrest.Matchers.anyOf(containsString("letters or digits"), containsString("Unicode")));
        admin().contentType("text/plain; charset=utf-8")
                .queryParam("id", "no-letters-text")
                .body("\u2014 \u2022 \u2014".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/documents")
                .then()
                .statusCode(400)
                .body("error", containsString("letters or digits"));
        assertEquals(before, articleCount());
        given().queryParam("q", "floating library").get("/api/search").then().statusCode(200);
    }
}
