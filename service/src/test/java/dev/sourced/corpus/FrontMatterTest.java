package dev.sourced.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrontMatterTest {
    private static final String BODY = "The harbour reopened on Monday. Ships queued outside.";
    private final ArticleParser parser = new ArticleParser(new SentenceSplitter());

    static Stream<Arguments> readable() {
        return Stream.of(
                Arguments.of(
                        "full front matter",
                        """
                        ---
                        title: Harbour reopens
                        date: 2024-06-03
                        url: https://example.com/news/harbour
                        source: Harbour Herald
                        author: Liis Kask
                        ---
                        """,
                        new Expected(
                                "Harbour reopens",
                                LocalDate.of(2024, 6, 3),
                                new Provenance("Harbour Herald", "https://example.com/news/harbour", "Liis Kask"))),
                Arguments.of(
                        "published and outlet, the synonyms",
                        "---\npublished: 2024-06-03\noutlet: Harbour Herald\n---\n",
                        new Expected(null, LocalDate.of(2024, 6, 3), new Provenance("Harbour Herald", null, null))),
                Arguments.of(
                        "date and published that agree",
                        "---\ndate: 2024-06-03\npublished: '2024-06-03'\n---\n",
                        new Expected(null, LocalDate.of(2024, 6, 3), Provenance.NONE)),
                Arguments.of(
                        "a date with a time and an offset is the day as written",
                        "---\ndate: 2024-06-03T23:30:00-05:00\n---\n",
                        new Expected(null, LocalDate.of(2024, 6, 3), Provenance.NONE)),
                Arguments.of(
                        "a date with a time, YAML's spaced form",
                        "---\ndate: 2024-06-03 08:15:00\n---\n",
                        new Expected(null, LocalDate.of(2024, 6, 3), Provenance.NONE)),
                Arguments.of(
                        "a date with a time in UTC",
                        "---\npublished: \"2024-06-03T08:15Z\"\n---\n",
                        new Expected(null, LocalDate.of(2024, 6, 3), Provenance.NONE)),
                Arguments.of(
                        "Windows line endings",
                        "---\r\ntitle: Harbour reopens\r\ndate: 2024-06-03\r\nauthor: Liis Kask\r\n---\r\n",
                        new Expected(
                                "Harbour reopens", LocalDate.of(2024, 6, 3), new Provenance(null, null, "Liis Kask"))),
                Arguments.of(
                        "unknown keys are ignored; '...' closes too",
                        "---\ntags: [ports, shipping]\nlayout: post\n...\n",
                        new Expected(null, null, Provenance.NONE)),
                Arguments.of("empty front matter", "---\n---\n", new Expected(null, null, Provenance.NONE)),
                Arguments.of(
                        "front matter, then the plain headers",
                        "---\noutlet: Harbour Herald\n---\n# Harbour reopens\ndate 2024-06-03\n",
                        new Expected(
                                "Harbour reopens",
                                LocalDate.of(2024, 6, 3),
                                new Provenance("Harbour Herald", null, null))),
                Arguments.of(
                        "plain headers alone keep working",
                        "# Harbour reopens\ndate 2024-06-03\n\n",
                        new Expected("Harbour reopens", LocalDate.of(2024, 6, 3), Provenance.NONE)),
                Arguments.of(
                        "plain headers with Windows line endings",
                        "# Harbour reopens\r\ndate 2024-06-03\r\n\r\n",
                        new Expected("Harbour reopens", LocalDate.of(2024, 6, 3), Provenance.NONE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void metadataIsReadAndTheBodyStartsAfterIt(String name, String header, Expected expected) {
        String text = header + BODY;
        Article article = parser.parse("a", text, null, null);
        assertEquals(expected.title() == null ? "The harbour reopened on Monday." : expected.title(), article.title());
        assertEquals(expected.date(), article.date());
        assertEquals(expected.provenance(), article.provenance());
        assertEquals(text, article.text(), "the text is kept as given, front matter included");
        assertEquals(BODY, text.substring(article.bodyStart()), "the body starts after the metadata");
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("not valid YAML", "---\ntitle: [unclosed\n---\n", "not valid YAML"),
                Arguments.of("a key without a colon", "---\ntitle: A\njust words\n---\n", "not valid YAML"),
                Arguments.of("not a mapping", "---\n- one\n- two\n---\n", "mapping"),
                Arguments.of("never closed", "---\ntitle: Harbour reopens\n", "never closes"),
                Arguments.of("a bad date", "---\ndate: 3 June 2024\n---\n", "YYYY-MM-DD"),
                Arguments.of("an impossible date", "---\ndate: 2024-02-30\n---\n", "YYYY-MM-DD"),
                Arguments.of(
                        "date and published that disagree",
                        "---\ndate: 2024-06-03\npublished: 2024-06-04\n---\n",
                        "different values"),
                Arguments.of("source and outlet that disagree", "---\nsource: A\noutlet: B\n---\n", "different values"),
                Arguments.of("a list for a title", "---\ntitle: [a, b]\n---\n", "single value"),
                Arguments.of("a url that is not a web address", "---\nurl: javascript:alert(1)\n---\n", "http"),
                Arguments.of("a relative url", "---\nurl: /news/harbour\n---\n", "http"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void malformedFrontMatterIsRejectedWithAReason(String name, String header, String reason) {
        InvalidArticleException e =
                assertThrows(InvalidArticleException.class, () -> parser.parse("bad", header + BODY, null, null));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().contains("'bad'") || e.getMessage().startsWith("'url'"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "no class names: " + e.getMessage());
    }

    @Test
    void whatIsGivenWithTheArticleWinsPartByPart() {
        String text =
                "---\ntitle: From the file\ndate: 2024-06-03\noutlet: Harbour Herald\nauthor: Liis Kask\n---\n" + BODY;
        Article article = parser.parse(
                "g",
                text,
                "Given",
                LocalDate.of(2024, 6, 4),
                new Provenance("Given Gazette", "https://example.com/given", null));
        assertEquals("Given", article.title());
        assertEquals(LocalDate.of(2024, 6, 4), article.date());
        assertEquals(new Provenance("Given Gazette", "https://example.com/given", "Liis Kask"), article.provenance());
    }

    @Test
    void aRuleLaterInTheTextIsNotFrontMatter() {
        Article article = parser.parse("r", BODY + "\n---\ntitle: not metadata\n---\n", null, null);
        assertEquals(0, article.bodyStart());
        assertNull(article.date());
        assertEquals(Provenance.NONE, article.provenance());
    }

    @Test
    void provenanceChangesTheContentHashAndItsAbsenceDoesNot() {
        Article plain = new Article("h", "T", null, BODY, 0);
        assertEquals(plain.contentHash(), new Article("h", "T", null, BODY, 0, Provenance.NONE).contentHash());
        assertFalse(plain.contentHash()
                .equals(new Article("h", "T", null, BODY, 0, new Provenance(null, "https://example.com/a", null))
                        .contentHash()));
    }

    record Expected(String title, LocalDate date, Provenance provenance) {}
}
