package dev.sourced.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.corpus.Article;
import dev.sourced.corpus.ArticleParser;
import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.SentenceSplitter;
import dev.sourced.index.EmbeddedChunk;
import dev.sourced.index.LuceneIndex;
import dev.sourced.index.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSentencesTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final ArticleParser PARSER = new ArticleParser(SPLITTER);
    private static final Chunker CHUNKER = new Chunker(SPLITTER, 2, 700);
    private static final String TEXT = """
            # Stewart returns

            Jon Stewart is going home again.

            The comedian will return to host the show. He left it in 2015. The network announced it on Wednesday.
            """;

    @TempDir
    Path dir;

    @Test
    void theSentenceBeforeAPassageIsThePreviousParagraphsLastInThePassageTheIndexHoldsItIn() {
        try (LuceneIndex index = new LuceneIndex(dir, "m", 2)) {
            List<Chunk> indexed = put(index, "stewart", TEXT);
            index.commit();
            ArticleSentences.Lookup lookup = new ArticleSentences(index, CHUNKER).lookup();
            Chunk second = indexed.get(1);
            int comedian = second.sentences().getFirst().start();

            ArticleSentences.Located before = lookup.before("stewart", comedian).orElseThrow();

            assertEquals("Jon Stewart is going home again.", before.text());
            assertEquals(indexed.getFirst(), before.passage(), "the passage the index holds it in, with its id");
            assertTrue(lookup.before("stewart", before.span().start()).isEmpty(), "the first sentence has none before");
        }
    }

    @Test
    void everySentenceIsListedOnceInReadingOrderThoughPassagesOverlap() {
        try (LuceneIndex index = new LuceneIndex(dir, "m", 2)) {
            put(index, "stewart", TEXT);
            index.commit();

            List<String> sentences = new ArticleSentences(index, CHUNKER)
                    .lookup().sentences("stewart").stream()
                            .map(ArticleSentences.Located::text)
                            .toList();

            assertEquals(
                    List.of(
                            "Jon Stewart is going home again.",
                            "The comedian will return to host the show.",
                            "He left it in 2015.",
                            "The network announced it on Wednesday."),
                    sentences);
        }
    }

    @Test
    void anArticleReplacedInTheIndexIsReadAsItNowStands() {
        try (LuceneIndex index = new LuceneIndex(dir, "m", 2)) {
            put(index, "stewart", TEXT);
            index.commit();
            ArticleSentences sentences = new ArticleSentences(index, CHUNKER);
            assertEquals(4, sentences.lookup().sentences("stewart").size());

            put(index, "stewart", "# Stewart returns\n\nJon Stewart is back on Monday.\n");
            index.commit();

            assertEquals(
                    List.of("Jon Stewart is back on Monday."),
                    sentences.lookup().sentences("stewart").stream()
                            .map(ArticleSentences.Located::text)
                            .toList(),
                    "a later question reads the replaced article, not the passages cut from the first");
        }
    }

    @Test
    void theParagraphBeforeAPassageIsReadAsTheArticleWritesItEvenAHeadingTheIndexLeavesOut() {
        try (LuceneIndex index = new LuceneIndex(dir, "m", 2)) {
            List<Chunk> indexed = put(index, "digest", """
                    # 50 states

                    Our roundup of news from every state.

                    Maine

                    Wells: More than $4.3 million is on its way to the school district.
                    """);
            index.commit();
            ArticleSentences.Lookup lookup = new ArticleSentences(index, CHUNKER).lookup();
            int wells = indexed.stream()
                    .filter(c -> c.text().startsWith("Wells"))
                    .findFirst()
                    .orElseThrow()
                    .start();

            assertEquals("Maine", lookup.paragraphBefore("digest", wells).orElseThrow());
            assertEquals(
                    "Our roundup of news from every state.",
                    lookup.before("digest", wells).orElseThrow().text(),
                    "the index holds no heading");
            assertTrue(lookup.paragraphBefore("absent", 40).isEmpty());
            assertTrue(lookup.paragraphBefore("digest", wells + 6).isEmpty(), "no paragraph opens mid-sentence");
            int roundup = indexed.getFirst().start();
            assertTrue(lookup.paragraphBefore("digest", roundup).isEmpty(), "the body's first paragraph has none");
        }
    }

    @Test
    void aParagraphOnEachLineOrEndedByCarriageReturnsIsAParagraphToo() {
        try (LuceneIndex index = new LuceneIndex(dir, "m", 2)) {
            for (String digest : List.of(
                    "# 50 states\n\nOur roundup of news.\nMaine\nWells: More than $4.3 million is on its way.\n",
                    "# 50 states\r\n\r\nOur roundup of news.\r\n\r\nMaine\r\n\r\nWells: More than $4.3 million "
                            + "is on its way.\r\n")) {
                List<Chunk> indexed = put(index, "digest", digest);
                index.commit();
                int wells = indexed.stream()
                        .filter(c -> c.text().startsWith("Wells"))
                        .findFirst()
                        .orElseThrow()
                        .start();
                assertEquals(
                        "Maine",
                        new ArticleSentences(index, CHUNKER)
                                .lookup()
                                .paragraphBefore("digest", wells)
                                .orElseThrow());
            }
        }
    }

    @Test
    void theWholeTextIsReadAsTheIndexStoresIt() {
        try (LuceneIndex index = new LuceneIndex(dir, "m", 2)) {
            put(index, "stewart", TEXT);
            index.commit();
            ArticleSentences.Lookup lookup = new ArticleSentences(index, CHUNKER).lookup();

            assertEquals(TEXT, lookup.text("stewart").orElseThrow());
        }
    }

    @Test
    void anArticleTheIndexDoesNotHoldHasNoSentences() {
        try (LuceneIndex index = new LuceneIndex(dir, "m", 2)) {
            ArticleSentences.Lookup lookup = new ArticleSentences(index, CHUNKER).lookup();

            assertEquals(List.of(), lookup.sentences("absent"));
            assertTrue(lookup.before("absent", 40).isEmpty());
            assertTrue(lookup.text("absent").isEmpty());
            assertEquals(List.of(), ArticleSentences.none().lookup().sentences("stewart"));
        }
    }

    private static List<Chunk> put(LuceneIndex index, String id, String text) {
        Article article = PARSER.parse(id, text, null, null);
        List<Chunk> passages = CHUNKER.chunk(article);
        List<EmbeddedChunk> chunks = new ArrayList<>();
        for (Chunk chunk : passages) {
            chunks.add(new EmbeddedChunk(
                    chunk,
                    new float[] {1, 0},
                    Collections.nCopies(chunk.sentences().size(), new float[] {1, 0})));
        }
        index.put(article, chunks, Origin.CORPUS);
        return passages;
    }
}
