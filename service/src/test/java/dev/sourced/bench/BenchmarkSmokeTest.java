package dev.sourced.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.sourced.retrieval.Mode;
import dev.sourced.testing.SampleQuestions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the benchmark code paths on a tiny synthetic corpus so that they cannot rot. Inside Quarkus only to share its
 * loaded model (the tokenizer's native library loads once per JVM).
 */
@QuarkusTest
class BenchmarkSmokeTest {
    @Inject
    EmbeddingModel model;

    @TempDir
    Path work;

    @Test
    void everyBenchmarkRunsOnATinyCorpus() throws Exception {
        BenchmarkSuite suite = new BenchmarkSuite(model, work, SampleQuestions.LIST);
        BenchmarkSuite.Floor floor = suite.floor(10);
        assertTrue(floor.perSecond() > 0 && floor.latencies().count() == 10);

        BenchmarkSuite.Retrieval r = suite.retrieval(150, 12, work.resolve("cache.bin"));
        assertTrue(r.chunks() >= 150, "the synthetic corpus reaches the size asked for");
        for (Mode mode : Mode.values()) {
            assertEquals(12, r.byMode().get(mode).count());
        }
        assertTrue(
                r.recallAt10() > 0.5 && r.recallAt10() <= r.recallAt10WithTies() && r.recallAt10WithTies() <= 1.0,
                "kNN finds what exact search finds: " + r.recallAt10());
        assertTrue(r.bytes() > 0);

        BenchmarkSuite.Retrieval again = suite.retrieval(150, 12, work.resolve("cache.bin"));
        assertEquals(r.chunks(), again.chunks(), "the synthetic corpus is the same for the same seed");

        BenchmarkSuite.Ingestion ingestion = suite.ingestion(40);
        assertTrue(ingestion.chunksPerSecond() > 0 && ingestion.ratio() > 0);
    }

    @Test
    void theJmhBenchmarkMethodsRunOnATinyCorpus() throws Exception {
        AskPathBenchmark benchmark = new AskPathBenchmark();
        benchmark.chunks = 150;
        benchmark.prepare(model, work.resolve("jmh-cache.bin"));
        try {
            assertEquals(384, benchmark.questionEmbedding().length);
            assertEquals(10, benchmark.hybrid().size());
            assertEquals(10, benchmark.knn().size());
            assertEquals(10, benchmark.inMemoryEmbeddingStore().size());
            assertTrue(!benchmark.bm25().isEmpty(), "the benchmark questions share words with the corpus");
        } finally {
            benchmark.tearDown();
        }
    }
}
