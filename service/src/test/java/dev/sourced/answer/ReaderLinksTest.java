package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReaderLinksTest {
    static Stream<Arguments> links() {
        return Stream.of(
                Arguments.of(ReaderLinks.relative(), "a1", "/articles/a1?hl=469-740#passage"),
                Arguments.of(
                        ReaderLinks.under(URI.create("https://sourced.example.org")),
                        "a1",
                        "https://sourced.example.org/articles/a1?hl=469-740#passage"),
                Arguments.of(
                        ReaderLinks.under(URI.create("https://sourced.example.org/")),
                        "a1",
                        "https://sourced.example.org/articles/a1?hl=469-740#passage"),
                Arguments.of(
                        ReaderLinks.under(URI.create("http://intranet:8080/news/sourced/")),
                        "a1",
                        "http://intranet:8080/news/sourced/articles/a1?hl=469-740#passage"),
                Arguments.of(
                        ReaderLinks.relative(),
                        "001_cac66bdd6cab3789.v2",
                        "/articles/001_cac66bdd6cab3789.v2?hl=469-740#passage"),
                Arguments.of(ReaderLinks.relative(), "a b/ä?#", "/articles/a%20b%2F%C3%A4%3F%23?hl=469-740#passage"));
    }

    @ParameterizedTest
    @MethodSource("links")
    void aPassageLinksToTheReaderAtItsRange(ReaderLinks links, String id, String expected) {
        assertEquals(expected, links.passage(id, 469, 740));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org", "/sourced", "example.org", "https://example.org/?a=1", "https:/x#y"})
    void aPublicAddressMustBeAWebAddressOfAHost(String address) {
        assertThrows(IllegalArgumentException.class, () -> ReaderLinks.under(URI.create(address)));
    }

    @Test
    void everyCitationOfAnAnswerIsLinked() {
        Answer answer = new Answer(
                "Liis Kask. [1] Mart Saar. [2]",
                true,
                List.of(
                        new Citation(1, "a1", "T", "a1#0", "Liis Kask.", 0, 10, 0.9),
                        new Citation(2, "b2", "T", "b2#3", "Mart Saar.", 120, 130, 0.8)),
                "extractive",
                null);
        assertNull(answer.citations().getFirst().url());
        List<Citation> linked = ReaderLinks.under(URI.create("https://sourced.example.org"))
                .link(answer)
                .citations();
        assertEquals(
                List.of(
                        "https://sourced.example.org/articles/a1?hl=0-10#passage",
                        "https://sourced.example.org/articles/b2?hl=120-130#passage"),
                linked.stream().map(Citation::url).toList());
        assertEquals(answer.citations().getFirst().text(), linked.getFirst().text());
    }
}
