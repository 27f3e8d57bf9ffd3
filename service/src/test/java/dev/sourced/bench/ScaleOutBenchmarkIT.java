package dev.sourced.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.sourced.backend.LuceneBackend;
import dev.sourced.backend.SolrBackend;
import dev.sourced.corpus.Article;
import dev.sourced.corpus.ArticleParser;
import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.CorpusReader;
import dev.sourced.corpus.SentenceSplitter;
import dev.sourced.duplicates.DuplicateGroups;
import dev.sourced.duplicates.Representatives;
import dev.sourced.embedding.Embedder;
import dev.sourced.embedding.EmbeddingModels;
import dev.sourced.index.ArticleStore;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.LuceneIndex;
import dev.sourced.ingest.ArticleIndexer;
import dev.sourced.ingest.CorpusSync;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Retriever;
import dev.sourced.retrieval.SearchRequest;
import dev.sourced.solr.SolrArticleStore;
import dev.sourced.solr.SolrCluster;
import dev.sourced.testing.SampleQuestions;
import dev.sourced.testing.SolrTestCluster;
import dev.sourced.testing.TestSolrConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded index against a 2-node SolrCloud (2 shards) in one run: ingestion throughput and hybrid search
 * latency at 10k and 100k synthetic chunks, and how often both return the same top 10. Embeddings come from the
 * benchmark cache, so ingestion measures the store's write path, the part that differs between backends. Rewrites
 * the scale-out table in docs/performance.md. On purpose only:
 * {@code ./mvnw verify -Dit.test=ScaleOutBenchmarkIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.sizes=10000,100000]}.
 */
class ScaleOutBenchmarkIT {
    private static final int QUERIES = 200;
    private static final int K = 10;

    @TempDir
    Path work;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ArticleParser parser = new ArticleParser(splitter);
    private final Chunker chunker = new Chunker(splitter, 3, 700);

    @Test
    void runAndRecord() throws Exception {
        String modelName = EmbeddingModels.DEFAULT;
        int[] sizes = Arrays.stream(
                        System.getProperty("bench.sizes", "10000,100000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip()))
                .toArray();
        EmbeddingModel model = new CachedEmbeddingModel(
                EmbeddingModels.load(modelName), Path.of("target", "bench-cache", "embeddings-" + modelName + ".bin"));
        Embedder embedder = new Embedder(model, modelName);
        List<Article> bundled = new CorpusReader(parser).readBundled();
        SyntheticCorpus synthetic = new SyntheticCorpus(bundled, parser, chunker);
        BenchmarkSuite suite = new BenchmarkSuite(model, work, SampleQuestions.LIST);

        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "Run of %s on %d cores, load average at start %s; SolrCloud: 2 nodes (MiniSolrCloudCluster, one child "
                        + "JVM, -Xmx2g) on this machine, collection of 2 shards x 1 replica.%n%n",
                java.time.LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
        out.append(
                "| chunks | backend | ingestion chunks/s | hybrid p50 ms | hybrid p99 ms | top-10 passages (by text) "
                        + "shared with embedded | queries with the same top-10 scores |\n|---|---|---|---|---|---|---|\n");
        try (SolrTestCluster cluster = SolrTestCluster.start(work.resolve("solr"), "2g", 2)) {
            for (int size : sizes) {
                List<Article> articles = synthetic.ofChunks(size, 42);
                List<Chunk> all = articles.stream()
                        .flatMap(a -> chunker.chunk(a).stream())
                        .toList();
                List<String> texts = suite.queryTexts(all, QUERIES);
                List<float[]> vectors = texts.stream().map(embedder::embed).toList();
                // Fill the cache (chunk and sentence texts) before anything is timed.
                for (Article a : articles) {
                    List<String> batch = new java.util.ArrayList<>(
                            chunker.chunk(a).stream().map(Chunk::text).toList());
                    chunker.sentences(a).forEach(span -> batch.add(span.of(a.text())));
                    embedder.embedAll(batch);
                }

                Measured embedded;
                try (LuceneBackend lucene = new LuceneBackend(
                        new LuceneIndex(work.resolve("lucene-" + size), "bench", 384),
                        ready(),
                        BenchmarkSuite.fusion())) {
                    double perSecond = ingest(lucene.store(), articles, embedder, all.size());
                    embedded = search(lucene.retriever(), texts, vectors, perSecond, null);
                }
                Measured distributed;
                try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
                        SolrBackend solr = new SolrBackend(
                                new SolrArticleStore(
                                        new SolrCluster(new TestSolrConfig(cluster.urls(), "bench" + size, 2)),
                                        "bench",
                                        384),
                                ready(),
                                BenchmarkSuite.fusion(),
                                requests)) {
                    solr.connect();
                    double perSecond = ingest(solr.store(), articles, embedder, all.size());
                    distributed = search(solr.retriever(), texts, vectors, perSecond, embedded.tops());
                }
                out.append(embedded.row(all.size(), "embedded Lucene"))
                        .append(distributed.row(all.size(), "SolrCloud, 2 nodes"));
            }
        }
        System.out.println(out);
        PerformanceDoc.rewrite("scale-out tables", out);
    }

    private double ingest(ArticleStore store, List<Article> articles, Embedder embedder, int chunks) {
        long t0 = System.nanoTime();
        new CorpusSync(
                        store,
                        new ArticleIndexer(
                                store, chunker, embedder, new DuplicateGroups(0.5, new Representatives(List.of()))),
                        new DuplicateGroups(0.5, new Representatives(List.of())))
                .sync(articles);
        return chunks / ((System.nanoTime() - t0) / 1e9);
    }

    private static Measured search(
            Retriever retriever,
            List<String> texts,
            List<float[]> vectors,
            double ingestion,
            List<List<Hit>> reference) {
        List<List<Hit>> tops = new java.util.ArrayList<>();
        Latencies latencies = new Latencies();
        for (int round = 0; round < 2; round++) {
            for (int q = 0; q < texts.size(); q++) {
                long t0 = System.nanoTime();
                List<Hit> hits = retriever.retrieve(new SearchRequest(texts.get(q), vectors.get(q), K, Mode.HYBRID));
                if (round == 1) {
                    latencies.add(System.nanoTime() - t0);
                    tops.add(hits);
                }
            }
        }
        double shared = -1;
        double sameScores = -1;
        if (reference != null) {
            // The synthetic corpus repeats sentences, so equal-scoring copies of one passage may come back in either
            // order or as another copy: compare texts as a multiset and fused scores rank by rank.
            double overlap = 0;
            int equalScores = 0;
            for (int q = 0; q < tops.size(); q++) {
                List<String> mine = new java.util.ArrayList<>(
                        tops.get(q).stream().map(h -> h.chunk().text()).toList());
                List<String> theirs =
                        reference.get(q).stream().map(h -> h.chunk().text()).toList();
                int found = 0;
                for (String text : theirs) {
                    found += mine.remove(text) ? 1 : 0;
                }
                overlap += found / (double) Math.max(1, theirs.size());
                equalScores += sameScores(tops.get(q), reference.get(q)) ? 1 : 0;
            }
            shared = overlap / tops.size();
            sameScores = equalScores / (double) tops.size();
        }
        return new Measured(ingestion, latencies, tops, shared, sameScores);
    }

    private static boolean sameScores(List<Hit> a, List<Hit> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i).score() - b.get(i).score()) > 1e-4) {
                return false;
            }
        }
        return true;
    }

    private static IndexStatus ready() {
        IndexStatus status = new IndexStatus();
        status.markReady();
        return status;
    }

    private record Measured(
            double ingestion, Latencies latencies, List<List<Hit>> tops, double shared, double sameScores) {
        String row(int chunks, String backend) {
            return String.format(
                    Locale.ROOT,
                    "| %,d | %s | %.0f | %.2f | %.2f | %s | %s |%n",
                    chunks,
                    backend,
                    ingestion,
                    latencies.p50(),
                    latencies.p99(),
                    percent(shared),
                    percent(sameScores));
        }

        private static String percent(double share) {
            return share < 0 ? "(reference)" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
        }
    }
}
