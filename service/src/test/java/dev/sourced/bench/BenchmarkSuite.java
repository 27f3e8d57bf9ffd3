package dev.sourced.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.sourced.corpus.Article;
import dev.sourced.corpus.ArticleParser;
import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.CorpusReader;
import dev.sourced.corpus.SentenceSplitter;
import dev.sourced.duplicates.DuplicateGroups;
import dev.sourced.duplicates.Representatives;
import dev.sourced.embedding.Embedder;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.LuceneIndex;
import dev.sourced.ingest.ArticleIndexer;
import dev.sourced.ingest.CorpusSync;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.HybridFusion;
import dev.sourced.retrieval.LuceneHybridRetriever;
import dev.sourced.retrieval.LuceneVocabulary;
import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.RankFusion;
import dev.sourced.retrieval.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The in-process benchmarks, each measured beside its reference in the same run: question embedding (the floor),
 * retrieval against LangChain4j's {@code InMemoryEmbeddingStore} on the same vectors, kNN recall against exact
 * search, and ingestion against raw batch embedding. Plain objects on temporary folders, no HTTP.
 */
final class BenchmarkSuite {
    private static final int WARMUP = 50;
    private static final int K = 10;

    private final EmbeddingModel model;
    private final Path work;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ArticleParser parser = new ArticleParser(splitter);
    private final Chunker chunker = new Chunker(splitter, 3, 700);
    private final List<Article> bundled = new CorpusReader(parser).readBundled();
    private final SyntheticCorpus synthetic = new SyntheticCorpus(bundled, parser, chunker);
    private final List<String> questions;
    /** The service's default query beam ({@code sourced.retrieval.knn-beam}), or another to compare. */
    static final int KNN_BEAM = Integer.getInteger("bench.knn-beam", 300);

    /** The service's default fusion (convex, 30 candidates per list, equal weights) with {@link #KNN_BEAM}. */
    static HybridFusion fusion() {
        return new HybridFusion(RankFusion.Method.CONVEX, 60, 30, KNN_BEAM, 1.0, 1.0);
    }

    BenchmarkSuite(EmbeddingModel model, Path work, List<String> questions) {
        this.model = model;
        this.work = work;
        this.questions = questions;
    }

    /** The floor: one question embedding at a time, as the ask path does it. */
    Floor floor(int runs) {
        Embedder embedder = new Embedder(model, "bench");
        for (int i = 0; i < WARMUP; i++) {
            embedder.embed(questions.get(i % questions.size()));
        }
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            embedder.embed(questions.get(i % questions.size()) + " " + i);
            latencies.add(System.nanoTime() - t0);
        }
        return new Floor(latencies, runs / ((System.nanoTime() - start) / 1e9));
    }

    /** Builds an index of about {@code chunks} synthetic chunks and measures retrieval on it. */
    Retrieval retrieval(int chunks, int queries, Path embeddingCache) throws IOException {
        EmbeddingModel cached = new CachedEmbeddingModel(model, embeddingCache);
        Embedder embedder = new Embedder(cached, "bench");
        Path dir = Files.createTempDirectory(work, "index-" + chunks + "-");
        List<Article> articles = synthetic.ofChunks(chunks, 42);
        try (LuceneIndex index = new LuceneIndex(dir, "bench", 384)) {
            new CorpusSync(
                            index,
                            new ArticleIndexer(
                                    index, chunker, embedder, new DuplicateGroups(0.5, new Representatives(List.of()))),
                            new DuplicateGroups(0.5, new Representatives(List.of())))
                    .sync(articles);
            IndexStatus status = new IndexStatus();
            status.markReady();
            LuceneHybridRetriever retriever =
                    new LuceneHybridRetriever(index, status, new LuceneVocabulary(index), fusion());

            List<Chunk> all =
                    articles.stream().flatMap(a -> chunker.chunk(a).stream()).toList();
            InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
            List<Embedding> vectors =
                    cached
                            .embedAll(all.stream()
                                    .map(c -> TextSegment.from(c.text()))
                                    .toList())
                            .content()
                            .stream()
                            .map(e -> Embedding.from(normalized(e.vector())))
                            .toList();
            store.addAll(
                    all.stream().map(Chunk::id).toList(),
                    vectors,
                    all.stream().map(c -> TextSegment.from(c.text())).toList());

            List<String> queryTexts = queryTexts(all, queries);
            List<float[]> queryVectors =
                    queryTexts.stream().map(embedder::embed).toList();
            Map<Mode, Latencies> byMode = new EnumMap<>(Mode.class);
            Latencies inMemory = new Latencies();
            double recall = 0;
            double tieRecall = 0;
            Map<String, float[]> vectorById = new java.util.HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                vectorById.put(all.get(i).id(), vectors.get(i).vector());
            }
            for (int round = 0; round < 2; round++) {
                boolean measured = round == 1;
                for (int q = 0; q < queryTexts.size(); q++) {
                    for (Mode mode : Mode.values()) {
                        long t0 = System.nanoTime();
                        List<Hit> hits =
                                retriever.retrieve(new SearchRequest(queryTexts.get(q), queryVectors.get(q), K, mode));
                        long took = System.nanoTime() - t0;
                        if (measured) {
                            byMode.computeIfAbsent(mode, m -> new Latencies()).add(took);
                            if (mode == Mode.VECTOR) {
                                List<String> exact = exactTop(store, queryVectors.get(q));
                                recall += overlap(hits, exact);
                                tieRecall += atLeastAsClose(hits, exact, vectorById, queryVectors.get(q));
                            }
                        }
                    }
                    long t0 = System.nanoTime();
                    exactTop(store, queryVectors.get(q));
                    if (measured) {
                        inMemory.add(System.nanoTime() - t0);
                    }
                }
            }
            return new Retrieval(
                    all.size(),
                    byMode,
                    inMemory,
                    recall / queryTexts.size(),
                    tieRecall / queryTexts.size(),
                    sizeOf(dir));
        } finally {
            deleteTree(dir);
        }
    }

    /** Indexing throughput with the real model against embedding the same texts in raw batches. */
    Ingestion ingestion(int chunks) throws IOException {
        List<Article> articles = synthetic.ofChunks(chunks, 7);
        List<String> texts = new ArrayList<>();
        int chunkCount = 0;
        for (Article a : articles) {
            List<Chunk> cs = chunker.chunk(a);
            chunkCount += cs.size();
            cs.forEach(c -> texts.add(c.text()));
            chunker.sentences(a).forEach(s -> texts.add(s.of(a.text())));
        }
        Embedder embedder = new Embedder(model, "bench");
        embedder.embedAll(texts.subList(0, Math.min(64, texts.size())));
        long t0 = System.nanoTime();
        embedder.embedAll(texts);
        double rawTextsPerSecond = texts.size() / ((System.nanoTime() - t0) / 1e9);

        Path dir = Files.createTempDirectory(work, "ingest-");
        try (LuceneIndex index = new LuceneIndex(dir, "bench", 384)) {
            long t1 = System.nanoTime();
            new CorpusSync(
                            index,
                            new ArticleIndexer(
                                    index, chunker, embedder, new DuplicateGroups(0.5, new Representatives(List.of()))),
                            new DuplicateGroups(0.5, new Representatives(List.of())))
                    .sync(articles);
            double seconds = (System.nanoTime() - t1) / 1e9;
            return new Ingestion(
                    chunkCount, texts.size(), chunkCount / seconds, texts.size() / seconds, rawTextsPerSecond);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Writes a synthetic corpus of about {@code chunks} chunks as article files into {@code corpus} and builds the
     * service's index of it in {@code index} (the default model's name, so the service opens it as its own), for
     * measuring a start on a large existing index.
     */
    void corpusWithIndex(int chunks, Path corpus, Path index, Path embeddingCache) throws IOException {
        List<Article> articles = synthetic.ofChunks(chunks, 42);
        Files.createDirectories(corpus);
        for (Article article : articles) {
            Files.writeString(corpus.resolve(article.id() + ".txt"), article.text());
        }
        List<Article> readBack = new CorpusReader(parser).readFolder(corpus);
        try (LuceneIndex store = new LuceneIndex(index, dev.sourced.embedding.EmbeddingModels.DEFAULT, 384)) {
            Embedder cached = new Embedder(
                    new CachedEmbeddingModel(model, embeddingCache), dev.sourced.embedding.EmbeddingModels.DEFAULT);
            new CorpusSync(
                            store,
                            new ArticleIndexer(
                                    store, chunker, cached, new DuplicateGroups(0.5, new Representatives(List.of()))),
                            new DuplicateGroups(0.5, new Representatives(List.of())))
                    .sync(readBack);
        }
    }

    List<String> queryTexts(List<Chunk> chunks, int count) {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(questions);
        while (texts.size() < count) {
            String[] words = chunks.get(random.nextInt(chunks.size())).text().split("\\s+");
            int from = random.nextInt(Math.max(1, words.length - 8));
            texts.add(String.join(" ", java.util.Arrays.copyOfRange(words, from, Math.min(words.length, from + 8))));
        }
        return texts.subList(0, count);
    }

    private static List<String> exactTop(InMemoryEmbeddingStore<TextSegment> store, float[] query) {
        return store
                .search(EmbeddingSearchRequest.builder()
                        .queryEmbedding(Embedding.from(query))
                        .maxResults(K)
                        .build())
                .matches()
                .stream()
                .map(m -> m.embeddingId())
                .toList();
    }

    private static double overlap(List<Hit> hits, List<String> exact) {
        Set<String> found = new HashSet<>();
        hits.forEach(h -> found.add(h.chunk().id()));
        return exact.stream().filter(found::contains).count() / (double) Math.max(1, exact.size());
    }

    /**
     * Recall that counts a neighbour as found when it is as close to the query as the exact 10th: among near
     * duplicates the exact top 10 is partly an arbitrary pick between equal scores.
     */
    private static double atLeastAsClose(
            List<Hit> hits, List<String> exact, Map<String, float[]> vectors, float[] query) {
        double tenth = dot(vectors.get(exact.getLast()), query);
        long close = hits.stream()
                .limit(exact.size())
                .filter(h -> dot(vectors.get(h.chunk().id()), query) >= tenth - 1e-6)
                .count();
        return close / (double) Math.max(1, exact.size());
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] /= (float) Math.sqrt(norm);
        }
        return out;
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    record Floor(Latencies latencies, double perSecond) {
        String row() {
            return String.format(
                    Locale.ROOT,
                    "| question embedding (floor) | %.2f | %.2f | %.0f/s |",
                    latencies.p50(),
                    latencies.p99(),
                    perSecond);
        }
    }

    record Retrieval(
            int chunks,
            Map<Mode, Latencies> byMode,
            Latencies inMemory,
            double recallAt10,
            double recallAt10WithTies,
            long bytes) {}

    record Ingestion(int chunks, int texts, double chunksPerSecond, double textsPerSecond, double rawTextsPerSecond) {
        double ratio() {
            return textsPerSecond / rawTextsPerSecond;
        }
    }
}
