package dev.sourced.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any text, as it arrives from a file or the documents API, is either refused with our own exception or becomes an
 * article whose chunks point back into it exactly. Regression inputs: {@code ArticleFuzzTestInputs/}.
 */
class ArticleFuzzTest {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ArticleParser parser = new ArticleParser(splitter);
    private final CorpusReader reader = new CorpusReader(parser);
    private final Chunker chunker = new Chunker(splitter, 3, 700);

    @FuzzTest(maxDuration = "5s")
    void anyTextIsRefusedOrChunkedWithinItsOffsets(FuzzedDataProvider data) {
        // The last byte picks the way in: odd, raw bytes through the strict UTF-8 reader (a file, a text/plain body);
        // even, any Java string (a JSON body), lone surrogates included.
        boolean asBytes = data.consumeBoolean();
        Article article;
        try {
            article = asBytes
                    ? reader.parse("fuzz", data.consumeRemainingAsBytes())
                    : parser.parse("fuzz", data.consumeRemainingAsString(), null, null);
        } catch (InvalidArticleException refused) {
            return;
        }
        String text = article.text();
        assertTrue(article.bodyStart() >= 0 && article.bodyStart() <= text.length());
        assertTrue(UnicodeText.hasLetterOrDigit(text.substring(article.bodyStart())), "a body with a letter or digit");
        List<Chunk> chunks = chunker.chunk(article);
        for (Chunk chunk : chunks) {
            assertTrue(
                    chunk.start() >= article.bodyStart()
                            && chunk.start() <= chunk.end()
                            && chunk.end() <= text.length(),
                    "chunk " + chunk.id() + " lies inside the body");
            assertEquals(text.substring(chunk.start(), chunk.end()), chunk.text(), "chunk text equals its span");
            for (Span sentence : chunk.sentences()) {
                assertTrue(sentence.start() >= chunk.start() && sentence.end() <= chunk.end());
            }
        }
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length <= CorpusReader.MAX_ARTICLE_BYTES * 4L);
    }
}
