package dev.sourced.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
    private final ArticleParser parser = new ArticleParser(new SentenceSplitter());
    private final CorpusReader reader = new CorpusReader(parser);

    @Test
    void titleIsTheFirstSentenceShortenedAtAWordBoundary() {
        Article article = parser.parse(
                "x",
                "China on Thursday refrained from describing Russia's major attack "
                        + "against Ukraine as an invasion, while urging restraint. More text follows.",
                null,
                null);
        assertTrue(article.title().length() <= 91, article.title());
        assertTrue(article.title().startsWith("China on Thursday refrained"));
        assertTrue(article.title().endsWith("…"));
        assertNull(article.date());
    }

    @Test
    void markdownTitleAndDateHeaderAreMetadata() {
        String text = "# Talks in Munich\ndate 2022-02-19\nWang Yi spoke. He left.";
        Article article = parser.parse("m", text, null, null);
        assertEquals("Talks in Munich", article.title());
        assertEquals(LocalDate.of(2022, 2, 19), article.date());
        assertEquals("Wang Yi spoke. He left.", text.substring(article.bodyStart()));
    }

    @Test
    void givenTitleAndDateWin() {
        Article article = parser.parse("g", "date 2022-03-02 Body here.", "Given", LocalDate.of(2020, 1, 1));
        assertEquals("Given", article.title());
        assertEquals(LocalDate.of(2020, 1, 1), article.date());
    }

    @Test
    void unreadableArticlesAreRejectedWithAReason() {
        assertThrows(
                InvalidArticleException.class, () -> reader.parse("empty", "  \n ".getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidArticleException.class, () -> reader.parse("bin", new byte[] {1, 2, 0, 3, 4}));
        assertThrows(
                InvalidArticleException.class, () -> reader.parse("latin1", new byte[] {'c', 'a', 'f', (byte) 0xE9}));
        assertThrows(InvalidArticleException.class, () -> reader.parse("big", new byte[2 * 1024 * 1024 + 1]));
        assertThrows(InvalidArticleException.class, () -> reader.parse("../etc/passwd", "text".getBytes()));
    }

    @Test
    void articleIdIsTheFileNameWithoutExtension() {
        assertEquals("000_ac86cc53e555919c", CorpusReader.idOf("000_ac86cc53e555919c.txt"));
        assertEquals(5, reader.readBundled().size());
    }
}
