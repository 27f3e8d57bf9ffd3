package dev.sourced.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.sourced.corpus.ArticleParser;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.CorpusReader;
import dev.sourced.corpus.SentenceSplitter;
import dev.sourced.duplicates.DuplicateGroups;
import dev.sourced.duplicates.Representatives;
import dev.sourced.embedding.Embedder;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.IndexedArticle;
import dev.sourced.index.LuceneIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article whose body is already indexed is stored once: readable and grouped, never embedded again; when the
 * original goes or changes, a copy takes its place in the index. Over a real Lucene index with a stand-in model.
 */
class ExactCopiesTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final String BODY =
            new CorpusReader(new ArticleParser(SPLITTER)).readBundled().get(1).text();

    private final AtomicInteger embedded = new AtomicInteger();
    private final EmbeddingModel model = new EmbeddingModel() {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            embedded.addAndGet(segments.size());
            float[] v = new float[384];
            Arrays.fill(v, 0.05f);
            return Response.from(
                    segments.stream().map(s -> Embedding.from(v.clone())).toList());
        }
    };

    @TempDir
    Path dir;

    private LuceneIndex index;
    private DuplicateGroups groups;
    private ArticleIngestor ingestor;

    @BeforeEach
    void open() {
        index = new LuceneIndex(dir, "stand-in", 384);
        groups = new DuplicateGroups(0.5, new Representatives(List.of()));
        IndexStatus status = new IndexStatus();
        status.markReady();
        ArticleIndexer indexer =
                new ArticleIndexer(index, new Chunker(SPLITTER, 3, 700), new Embedder(model, "m"), groups);
        ArticleParser parser = new ArticleParser(SPLITTER);
        ingestor = new ArticleIngestor(indexer, index, status, new CorpusReader(parser), parser);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void anExactCopyIsStoredOnceAndReadable() {
        assertEquals(
                IngestOutcome.ADDED,
                ingestor.put("wire-1", BODY, "Envoy urges restraint", day(1)).outcome());
        int before = embedded.get();

        IngestResult copy = ingestor.put("cnn-1", "\n" + BODY + "\n", "China calls for calm", day(2));

        assertEquals(IngestOutcome.DUPLICATE, copy.outcome());
        assertEquals("wire-1", copy.article().copies().copyOf());
        assertEquals(0, copy.article().chunkCount());
        assertEquals(before, embedded.get(), "the copy is not embedded");
        assertEquals(
                "China calls for calm", index.article("cnn-1").orElseThrow().title());
        assertEquals(
                List.of("wire-1", "cnn-1"),
                groups.current().of("cnn-1").orElseThrow().members());
    }

    @Test
    void deletingTheOriginalIndexesItsFirstCopyAndTheOthersFollowIt() {
        ingestor.put("wire-1", BODY, "t", day(1));
        ingestor.put("cnn-1", BODY, "t", day(2));
        ingestor.put("usatoday-1", BODY, "t", day(3));

        assertTrue(ingestor.delete("wire-1"));

        IndexedArticle promoted = index.summary("cnn-1").orElseThrow();
        assertNull(promoted.copies().copyOf());
        assertTrue(promoted.chunkCount() > 0, "the first copy is indexed in the original's place");
        assertEquals("cnn-1", index.summary("usatoday-1").orElseThrow().copies().copyOf());
        assertEquals(
                List.of("cnn-1", "usatoday-1"),
                groups.current().of("cnn-1").orElseThrow().members());
    }

    @Test
    void rewritingTheOriginalReleasesItsCopies() {
        ingestor.put("wire-1", BODY, "t", day(1));
        ingestor.put("cnn-1", BODY, "t", day(2));

        ingestor.put(
                "wire-1", "A different story altogether, about the weather on the coast this weekend.", "t", day(1));

        IndexedArticle released = index.summary("cnn-1").orElseThrow();
        assertNull(released.copies().copyOf());
        assertTrue(released.chunkCount() > 0);
        assertTrue(groups.current().isEmpty());
    }

    @Test
    void groupsSurviveARestart() {
        ingestor.put("wire-1", BODY, "t", day(1));
        ingestor.put("cnn-1", "(Reuters) - " + BODY.replaceFirst("restraint", "calm"), "t", day(2));
        ingestor.put("usatoday-1", BODY, "t", day(3));
        index.close();

        index = new LuceneIndex(dir, "stand-in", 384);
        DuplicateGroups reopened = new DuplicateGroups(0.5, new Representatives(List.of()));
        reopened.load(index.articles().values());

        assertEquals(
                List.of("wire-1", "cnn-1", "usatoday-1"),
                reopened.current().of("wire-1").orElseThrow().members());
        assertEquals(List.of("usatoday-1"), reopened.copiesOf("wire-1"));
    }

    private static LocalDate day(int d) {
        return LocalDate.of(2022, 2, d);
    }
}
