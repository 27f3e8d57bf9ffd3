package dev.sourced.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChunkerTest {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ArticleParser parser = new ArticleParser(splitter);
    private final Chunker chunker = new Chunker(splitter, 3, 700);
    private final List<Article> bundled = new CorpusReader(parser).readBundled();

    @Test
    void everyChunkTextIsTheArticleTextAtItsOffsets() {
        for (Article article : bundled) {
            for (Chunk chunk : chunker.chunk(article)) {
                assertEquals(article.text().substring(chunk.start(), chunk.end()), chunk.text(), chunk.id());
                for (Span sentence : chunk.sentences()) {
                    assertEquals(sentence.of(article.text()), chunk.sentenceText(sentence));
                }
            }
        }
    }

    @Test
    void theChunksTogetherHoldEverySentenceOfTheArticleOnce() {
        Article article = parser.parse("a", """
                First paragraph one. First paragraph two. First paragraph three. First paragraph four.

                Second paragraph one. Second paragraph two.
                """, null, null);
        List<Chunk> chunks = chunker.chunk(article);
        Set<Span> union = new LinkedHashSet<>();
        chunks.forEach(c -> union.addAll(c.sentences()));
        List<String> sentences = union.stream().map(s -> s.of(article.text())).toList();
        assertEquals(
                List.of(
                        "First paragraph one.",
                        "First paragraph two.",
                        "First paragraph three.",
                        "First paragraph four.",
                        "Second paragraph one.",
                        "Second paragraph two."),
                sentences);
    }

    @Test
    void neighbouringChunksOfAParagraphShareOneSentenceAndNoChunkCrossesAParagraph() {
        Article article = parser.parse("a", """
                S one is here. S two is here. S three is here. S four is here. S five is here.
                T one is here. T two is here.
                """, null, null);
        List<Chunk> chunks = chunker.chunk(article);
        assertEquals(3, chunks.size());
        assertEquals(
                chunks.get(0).sentences().getLast(), chunks.get(1).sentences().getFirst());
        assertFalse(chunks.get(1).text().contains("T one"));
        assertEquals("T one is here. T two is here.", chunks.get(2).text());
    }

    @Test
    void aParagraphRepeatedVerbatimIsIndexedOnce() {
        Article article = bundled.stream()
                .filter(a -> a.id().startsWith("004"))
                .findFirst()
                .orElseThrow();
        String repeated = "As the crisis has worsened, China has been forced to strike a balance";
        assertEquals(2, occurrences(article.text(), repeated), "the bundled article repeats the paragraph");
        long indexed = chunker.sentences(article).stream()
                .filter(s -> s.of(article.text()).startsWith(repeated))
                .count();
        assertEquals(1, indexed);
        assertTrue(
                chunker.sentences(article).stream()
                        .anyMatch(s -> s.of(article.text()).startsWith("According to the CCTV readout")),
                "the new sentence after the repeat is kept");
    }

    @Test
    void linkListsDisclaimersCreditsAndPictureCreditsAreNotAnswerMaterial() {
        List<String> all = new ArrayList<>();
        for (Article article : bundled) {
            chunker.sentences(article).forEach(s -> all.add(s.of(article.text())));
        }
        assertTrue(all.stream().noneMatch(s -> s.contains("Related coverage")));
        assertTrue(all.stream().noneMatch(s -> s.contains("Japan to impose sanctions on Russia amid Ukraine crisis")));
        assertTrue(all.stream().noneMatch(s -> s.contains("automatically generated")));
        assertTrue(all.stream().noneMatch(s -> s.contains("With inputs from PTI")));
        assertTrue(all.stream().noneMatch(s -> s.contains("==Kyodo")));
        assertTrue(all.stream().anyMatch(s -> s.contains("a total of 64 South Koreans")));
    }

    @Test
    void aLeadingDateLineIsMetadataNotText() {
        Article article = bundled.stream()
                .filter(a -> a.id().startsWith("003"))
                .findFirst()
                .orElseThrow();
        assertEquals("2022-03-02", String.valueOf(article.date()));
        Chunk first = chunker.chunk(article).getFirst();
        assertTrue(first.text().startsWith("Chinese Foreign Minister Wang Yi on Wednesday"), first.text());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
