package dev.sourced.reader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.AllSurfacesProfile;
import dev.sourced.testing.HtmlPages;
import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 17: the article reader through real HTTP, on the bundled corpus and on an article posted with markup in it. */
@QuarkusTest
@TestProfile(AllSurfacesProfile.class)
class ArticleReaderTest {
    private static final String BUNDLED = "001_cac66bdd6cab3789";
    private static final Pattern MARK = Pattern.compile("<mark( id=\"passage\")?>(.*?)</mark>", Pattern.DOTALL);
    private static final String MARKUP_ID = "reader-markup";
    private static final String MARKUP = """
            ---
            title: <b>Bold</b> & "quoted"
            ---
            The council met on Tuesday. <script>alert('x')</script> was posted in the chat.

            The second paragraph <img src=x onerror=alert(1)> ends here.""";

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    private static Response page(String path) {
        return given().redirects().follow(false).get(path);
    }

    private static String html(Response response, int status) {
        return HtmlPages.html(response, status, "default-src 'none'; style-src 'self'", "script-src");
    }

    private static JsonPath document(String id) {
        return given().get("/api/documents/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The marks of a page, unescaped, in order; the anchored one written with a leading '#'. */
    private static List<String> marks(String html) {
        List<String> marks = new ArrayList<>();
        Matcher m = MARK.matcher(html);
        while (m.find()) {
            marks.add((m.group(1) == null ? "" : "#") + HtmlPages.unescaped(m.group(2)));
        }
        return marks;
    }

    @Test
    void aBundledArticleIsAPageWithItsTitleAndItsParagraphs() {
        JsonPath article = document(BUNDLED);
        String text = article.getString("text");
        String html = html(page("/articles/" + BUNDLED), 200);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<meta name=\"viewport\""), html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"../reader.css\">"), html);
        assertTrue(html.contains("<h1>" + HtmlPages.escaped(article.getString("title")) + "</h1>"), html);
        String[] paragraphs = text.strip().split("\n\\s*\n");
        assertTrue(paragraphs.length > 3, "the bundled article has paragraphs");
        for (String paragraph : paragraphs) {
            assertTrue(html.contains("<p>" + HtmlPages.escaped(paragraph.strip()) + "</p>"), paragraph);
        }
        assertFalse(html.contains("<mark"), "no address, no highlight");
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void aCitationIsMarkedExactlyAndAnchored() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", "Who is China's ambassador to the United Nations?"))
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> citations = answer.getList("citations");
        assertFalse(citations.isEmpty(), answer.prettify());
        for (Map<String, Object> c : citations) {
            String url = (String) c.get("url");
            assertTrue(url.startsWith("/articles/" + c.get("source") + "?hl="), url);
            assertTrue(url.endsWith("#passage"), "the link scrolls to the first mark: " + url);
            String html = html(page(url.substring(0, url.indexOf('#'))), 200);
            assertEquals(List.of("#" + c.get("text")), marks(html), "the mark holds exactly the cited characters");
        }
    }

    @Test
    void aSearchResultsLinkMarksItsPassage() {
        Map<String, Object> result = given().queryParam("q", "Minsk agreement")
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("results[0]");
        String url = (String) result.get("url");
        assertEquals(List.of("#" + result.get("text")), marks(html(page(url.substring(0, url.indexOf('#'))), 200)));
    }

    @Test
    void severalRangesAreMarkedInOrderOverlappingOnesOnce() {
        String text = document(BUNDLED).getString("text");
        int zhang = text.indexOf("Zhang Jun");
        int beijing = text.indexOf("Beijing is navigating");
        String html = html(
                page("/articles/" + BUNDLED + "?hl=" + zhang + "-" + (zhang + 9) + "," + beijing + "-" + (beijing + 7)
                        + "&hl=" + (beijing + 3) + "-" + (beijing + 10)),
                200);
        assertEquals(List.of("#Beijing is", "Zhang Jun"), marks(html));
    }

    @Test
    void rangesThatDoNotFitOrDoNotParseAreLeftOut() {
        int length = document(BUNDLED).getInt("length");
        String html = html(
                given().queryParam("hl", "0-" + (length + 1), "abc", "9-4", "-1-5", "<script>", "1-99999999999", "")
                        .get("/articles/" + BUNDLED),
                200);
        assertFalse(html.contains("<mark"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void anUnknownArticleIsAPageNotFound() {
        String html = html(page("/articles/no-such-article"), 404);
        assertTrue(html.contains("<code>no-such-article</code>"), html);
        html = html(given().urlEncodingEnabled(false).get("/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E"), 404);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void markupInAnArticleIsShownAsText() {
        given().header("Authorization", "Bearer " + AllSurfacesProfile.TOKEN)
                .contentType("text/plain; charset=utf-8")
                .queryParam("id", MARKUP_ID)
                .body(MARKUP)
                .post("/api/documents")
                .then()
                .statusCode(anyOf(is(200), is(201)));
        int script = MARKUP.indexOf("<script>");
        int second = MARKUP.indexOf("The second");
        String html = html(page("/articles/" + MARKUP_ID + "?hl=" + script + "-" + (second + 10)), 200);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("<h1>&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;</h1>"), html);
        assertTrue(html.contains("<title>&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot; · Sourced</title>"), html);
        assertFalse(html.contains("title: "), "the front matter is not shown");
        assertEquals(
                List.of("#<script>alert('x')</script> was posted in the chat.", "The second"),
                marks(html),
                "a highlight across a paragraph break is one mark in each paragraph");
    }

    @Test
    void theStylesheetIsSmallAndServedByTheService() {
        Response css = given().get("/reader.css");
        css.then().statusCode(200).header("Content-Type", startsWith("text/css"));
        assertTrue(css.asByteArray().length < 4096, "one small stylesheet");
        assertFalse(css.asString().contains("@import"), "nothing fetched from elsewhere");
        assertFalse(css.asString().contains("url("), "no web font, no image");
    }
}
