package dev.sourced.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.sourced.corpus.Article;
import dev.sourced.corpus.ArticleParser;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.CorpusReader;
import dev.sourced.corpus.SentenceSplitter;
import dev.sourced.duplicates.DuplicateGroups;
import dev.sourced.duplicates.Representatives;
import dev.sourced.embedding.Embedder;
import dev.sourced.index.LuceneIndex;
import dev.sourced.index.Origin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs inside Quarkus only to share its already loaded embedding model: the model's native tokenizer can be loaded
 * by one class loader per JVM. The indexes themselves are plain objects on a temporary folder.
 */
@QuarkusTest
class CorpusSyncTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final ArticleParser PARSER = new ArticleParser(SPLITTER);
    private static final Chunker CHUNKER = new Chunker(SPLITTER, 3, 700);
    private static final List<Article> corpus = new CorpusReader(PARSER).readBundled();

    @Inject
    EmbeddingModel realModel;

    private CountingEmbeddingModel model;

    @TempDir
    Path dir;

    @BeforeEach
    void countEmbeddings() {
        model = new CountingEmbeddingModel(realModel);
    }

    private LuceneIndex open(String modelName) {
        return new LuceneIndex(dir, modelName, 384);
    }

    private ArticleIndexer indexer(LuceneIndex index) {
        return new ArticleIndexer(
                index,
                CHUNKER,
                new Embedder(model, "test-model"),
                new DuplicateGroups(0.5, new Representatives(List.of())));
    }

    private CorpusSync sync(LuceneIndex index) {
        return new CorpusSync(index, indexer(index), new DuplicateGroups(0.5, new Representatives(List.of())));
    }

    @Test
    void aBuiltIndexReopensWithEveryArticleAndNeedsNoEmbedding() {
        try (LuceneIndex index = open("m")) {
            SyncReport first = sync(index).sync(corpus);
            assertEquals(5, first.added().size());
        }
        model.takeCount();
        try (LuceneIndex index = open("m")) {
            assertEquals(
                    corpus.stream().map(Article::id).toList(),
                    List.copyOf(index.articles().keySet()));
            SyncReport again = sync(index).sync(corpus);
            assertEquals(5, again.unchanged().size());
            assertEquals(0, again.embedded());
            assertEquals(0, model.takeCount(), "nothing is embedded for an unchanged corpus");
            Article stored = index.article(corpus.get(2).id()).orElseThrow();
            assertEquals(corpus.get(2).text(), stored.text());
        }
    }

    @Test
    void onlyTheChangedArticleIsReEmbedded() {
        try (LuceneIndex index = open("m")) {
            sync(index).sync(corpus);
            List<Article> changed = new ArrayList<>(corpus);
            Article old = changed.get(4);
            changed.set(
                    4, PARSER.parse(old.id(), old.text() + "\n\nA short new paragraph was added today.", null, null));
            changed.remove(0);
            model.takeCount();

            SyncReport report = sync(index).sync(changed);

            assertEquals(List.of(old.id()), report.updated());
            assertEquals(List.of(corpus.get(0).id()), report.removed());
            int sentences = CHUNKER.sentences(changed.get(3)).size();
            assertEquals(sentences, model.takeCount(), "only the changed article's sentences, each once");
            assertFalse(index.articles().containsKey(corpus.get(0).id()));
            assertTrue(index.article(old.id()).orElseThrow().text().endsWith("added today."));
        }
    }

    @Test
    void aBuildThatDiesBeforeItsCommitLeavesThePreviousIndex() {
        try (LuceneIndex index = open("m")) {
            sync(index).sync(corpus.subList(0, 2));
        }
        // A build that writes articles but never commits, as when the process is killed mid-build.
        LuceneIndex crashed = open("m");
        ArticleIndexer writer = indexer(crashed);
        corpus.subList(2, 5).forEach(a -> writer.put(a, Origin.CORPUS));
        crashed.delete(corpus.get(0).id());
        crashed.close();

        try (LuceneIndex index = open("m")) {
            assertEquals(
                    List.of(corpus.get(0).id(), corpus.get(1).id()),
                    List.copyOf(index.articles().keySet()));
            SyncReport finish = sync(index).sync(corpus);
            assertEquals(3, finish.added().size(), "the next start finishes the job");
            assertEquals(5, index.articles().size());
        }
    }

    @Test
    void aSyncAskedToStopEndsBetweenTwoArticlesAndCommitsNothing() {
        int[] asked = {0};
        try (LuceneIndex index = open("m")) {
            assertThrows(CancellationException.class, () -> sync(index).sync(corpus, () -> ++asked[0] > 2));
            assertEquals(3, asked[0], "asked before each article, stopped before the third");
            assertTrue(model.takeCount() > 0, "the first two were embedded");
        }
        try (LuceneIndex index = open("m")) {
            assertEquals(0, index.articles().size(), "none of it was committed");
        }
    }

    @Test
    void anInterruptedSyncStopsBeforeTheNextArticleAndCommitsNothing() {
        try (LuceneIndex index = open("m")) {
            Thread.currentThread().interrupt();
            try {
                assertThrows(CancellationException.class, () -> sync(index).sync(corpus));
            } finally {
                Thread.interrupted();
            }
            assertEquals(0, model.takeCount(), "nothing was embedded");
        }
        try (LuceneIndex index = open("m")) {
            assertEquals(0, index.articles().size());
        }
    }

    @Test
    void aSyncLeavesArticlesAddedThroughTheApiAlone() {
        try (LuceneIndex index = open("m")) {
            ArticleIndexer indexer = indexer(index);
            new CorpusSync(index, indexer, new DuplicateGroups(0.5, new Representatives(List.of()))).sync(corpus);
            Article posted =
                    PARSER.parse("posted-1", "An article posted through the API. It has two sentences.", null, null);
            Article overridden =
                    PARSER.parse(corpus.get(1).id(), "The API's version of this article. It wins.", null, null);
            indexer.put(posted, Origin.API);
            indexer.put(overridden, Origin.API);
            index.commit();

            SyncReport report = new CorpusSync(index, indexer, new DuplicateGroups(0.5, new Representatives(List.of())))
                    .sync(corpus);

            assertEquals(List.of(), report.removed());
            assertEquals(List.of(), report.updated());
            assertTrue(index.articles().containsKey("posted-1"));
            assertEquals(
                    overridden.text(),
                    index.article(corpus.get(1).id()).orElseThrow().text());
        }
    }

    @Test
    void anIndexBuiltByAnotherModelIsRebuiltAndStaysReadableUntilThen() {
        try (LuceneIndex index = open("model-a")) {
            sync(index).sync(corpus);
        }
        try (LuceneIndex index = open("model-b")) {
            assertTrue(index.rebuilding());
            SyncReport report = sync(index).sync(corpus);
            assertEquals(5, report.added().size());
        }
        try (LuceneIndex index = open("model-b")) {
            assertFalse(index.rebuilding());
            assertEquals(5, index.articles().size());
        }
    }
}
