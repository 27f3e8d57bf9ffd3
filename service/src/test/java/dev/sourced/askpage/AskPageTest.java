package dev.sourced.askpage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.HtmlPages;
import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 17: the ask page at {@code /}, through real HTTP on the bundled corpus; its script runs in the e2e test. */
@QuarkusTest
class AskPageTest {
    private static final String ANSWERED = "How many South Koreans were in the region as of Thursday?";
    private static final String UNANSWERABLE = "Who won the 2022 FIFA World Cup?";

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    private static String html(Response response, int status) {
        return HtmlPages.html(response, status, "default-src 'none'; script-src 'self';", "unsafe-inline");
    }

    private static Response page(String q) {
        return given().redirects().follow(false).queryParam("q", q).get("/");
    }

    @Test
    void theRootServesAQuestionBoxWithARealLabelItsScriptAndTheStylesheet() {
        String html = html(given().redirects().follow(false).get("/"), 200);
        assertTrue(html.contains("<label for=\"q\">"), html);
        assertTrue(html.contains("<input id=\"q\" name=\"q\" type=\"text\" value=\"\""), html);
        assertTrue(html.contains("<form id=\"ask-form\" action=\"/\" method=\"get\""), html);
        assertTrue(html.contains("<script src=\"/ask.js\" defer></script>"), html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/reader.css\">"), html);
        assertFalse(html.contains("<script>"), "no inline script: " + html);
        assertFalse(html.contains(" style="), "no inline style: " + html);
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing from elsewhere: " + html);
    }

    @Test
    void theScriptAndTheStylesheetAreServedWithTheirTypes() {
        given().get("/ask.js")
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/javascript"))
                .body(containsString("/api/ask/stream"), not(containsString("innerHTML")));
        given().get("/reader.css")
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/css"))
                .body(containsString(".ask-row"));
    }

    @Test
    void withoutScriptTheAnswerIsRenderedWithMarkersLinkedToTheReaderAndItsCitations() {
        JsonPath api = given().contentType(ContentType.JSON)
                .body(Map.of("question", ANSWERED))
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(api.getBoolean("answered"));
        String html = html(page(ANSWERED), 200);
        assertTrue(
                html.contains("value=\"" + HtmlPages.escaped(ANSWERED) + "\""),
                "the question stays in the box: " + html);
        assertFalse(html.contains("id=\"ask-result\" aria-labelledby=\"answer-heading\" hidden"), html);
        List<Map<String, Object>> citations = api.getList("citations");
        for (Map<String, Object> c : citations) {
            String url = HtmlPages.escaped((String) c.get("url"));
            assertTrue(url.startsWith("/articles/"), url);
            assertTrue(html.contains("<a href=\"" + url + "\">[" + c.get("n") + "]</a>"), "marker " + c + ": " + html);
            assertTrue(html.contains("<li value=\"" + c.get("n") + "\"><a href=\"" + url + "\">"), html);
            assertTrue(
                    html.contains("<blockquote>" + HtmlPages.escaped((String) c.get("text")) + "</blockquote>"), html);
        }
        String answer = api.getString("answer");
        assertTrue(html.contains(HtmlPages.escaped(answer.substring(0, answer.indexOf('[')))), html);
        assertTrue(html.contains(">Sources</h2>"), html);
    }

    @Test
    void anAbstentionSaysSoAndListsTheNearestPassagesWithoutLinkingMarkers() {
        String html = html(page(UNANSWERABLE), 200);
        assertTrue(html.contains("The articles do not say."), html);
        assertTrue(html.contains("Nearest passages (they do not answer the question)"), html);
        assertTrue(html.contains("<blockquote>"), html);
        assertFalse(html.contains("\">[1]</a>"), html);
    }

    @Test
    void aBlankOrUnreadableQuestionIsA400PageInWordsTheQuestionKept() {
        String blank = html(page("   "), 400);
        assertTrue(blank.contains("Please type a question first."), blank);
        assertTrue(blank.contains("id=\"ask-result\" aria-labelledby=\"answer-heading\" hidden"), blank);
        String punctuation = html(page("???"), 400);
        assertTrue(
                punctuation.contains("The question was not accepted: the question must contain at least one letter"),
                punctuation);
        assertTrue(punctuation.contains("value=\"???\""), punctuation);
        String overlong = html(page("why ".repeat(300)), 400);
        assertTrue(overlong.contains("at most 1000 characters"), overlong);
    }

    @Test
    void markupInTheQuestionStaysText() {
        String html = html(page("<script>alert(1)</script> \"quoted\""), 200);
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;\""), html);
    }
}
