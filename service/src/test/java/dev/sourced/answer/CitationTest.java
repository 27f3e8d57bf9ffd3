package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationTest {
    private static Citation titled(String title) {
        return new Citation(1, "001_abc", title, "001_abc#0", "text", 0, 4, 0.5);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {"'  A Title ', A Title", "'', 001_abc", "'   ', 001_abc", "null, 001_abc"})
    void aSourceListHeadsACitationWithItsTitleOrElseItsArticleId(String title, String heading) {
        assertEquals(heading, titled(title).heading());
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "/articles/001_abc?hl=0-4#passage, http://127.0.0.1:8081/,"
                        + " http://127.0.0.1:8081/articles/001_abc?hl=0-4#passage",
                "https://news.example/articles/001_abc?hl=0-4#passage, http://127.0.0.1:8081/,"
                        + " https://news.example/articles/001_abc?hl=0-4#passage",
                "null, http://127.0.0.1:8081/, 001_abc"
            })
    void aLinkIsTheReaderAddressMadeAbsoluteOrTheArticleIdWhenUnlinked(String url, String base, String link) {
        Citation citation = url == null ? titled("T") : titled("T").withUrl(url);
        assertEquals(link, citation.link(URI.create(base)));
    }
}
