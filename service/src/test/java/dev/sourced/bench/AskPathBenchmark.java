package dev.sourced.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Asker;
import dev.sourced.answer.DefaultEvidencePolicy;
import dev.sourced.answer.ExtractiveAnswerGenerator;
import dev.sourced.answer.QuestionTerms;
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
import dev.sourced.index.IndexStatus;
import dev.sourced.index.LuceneIndex;
import dev.sourced.ingest.ArticleIndexer;
import dev.sourced.ingest.CorpusSync;
import dev.sourced.retrieval.ArticleSentences;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.LuceneHybridRetriever;
import dev.sourced.retrieval.LuceneVocabulary;
import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Search;
import dev.sourced.retrieval.SearchRequest;
import dev.sourced.testing.SampleQuestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH benchmarks of the ask path's in-process steps, each beside its reference: the question embedding (the floor),
 * hybrid, BM25 and kNN retrieval on the embedded index, the extractive answer step over retrieved passages, and LangChain4j's {@code InMemoryEmbeddingStore} on the same
 * vectors. Sample-time mode, so the results carry percentiles. Run by {@link BenchmarkIT}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AskPathBenchmark {
    @Param({"10000"})
    public int chunks;

    private Path dir;
    private Embedder embedder;
    private LuceneIndex index;
    private LuceneHybridRetriever retriever;
    private InMemoryEmbeddingStore<TextSegment> store;
    private List<String> questions;
    private List<float[]> vectors;
    private int next;
    private ExtractiveAnswerGenerator extractive;
    private List<Search.Result> evidence;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        prepare(
                EmbeddingModels.load(EmbeddingModels.DEFAULT),
                Path.of("target", "bench-cache", "embeddings-" + EmbeddingModels.DEFAULT + ".bin"));
    }

    /** Builds the index of {@link #chunks} synthetic chunks with {@code model}, caching embeddings in {@code cache}. */
    void prepare(EmbeddingModel model, Path cache) throws IOException {
        EmbeddingModel cached = new CachedEmbeddingModel(model, cache);
        SentenceSplitter splitter = new SentenceSplitter();
        ArticleParser parser = new ArticleParser(splitter);
        Chunker chunker = new Chunker(splitter, 3, 700);
        List<Article> articles =
                new SyntheticCorpus(new CorpusReader(parser).readBundled(), parser, chunker).ofChunks(chunks, 42);
        dir = Files.createTempDirectory("jmh-index-");
        index = new LuceneIndex(dir, "bench", EmbeddingModels.DIMENSION);
        new CorpusSync(
                        index,
                        new ArticleIndexer(
                                index,
                                chunker,
                                new Embedder(cached, "bench"),
                                new DuplicateGroups(0.5, new Representatives(List.of()))),
                        new DuplicateGroups(0.5, new Representatives(List.of())))
                .sync(articles);
        IndexStatus status = new IndexStatus();
        status.markReady();
        retriever = new LuceneHybridRetriever(index, status, new LuceneVocabulary(index), BenchmarkSuite.fusion());

        List<Chunk> all =
                articles.stream().flatMap(a -> chunker.chunk(a).stream()).toList();
        Embedder cachedEmbedder = new Embedder(cached, "bench");
        store = new InMemoryEmbeddingStore<>();
        List<TextSegment> segments =
                all.stream().map(c -> TextSegment.from(c.text())).toList();
        store.addAll(
                all.stream().map(Chunk::id).toList(),
                cachedEmbedder.embedAll(segments.stream().map(TextSegment::text).toList()).stream()
                        .map(Embedding::from)
                        .toList(),
                segments);

        embedder = new Embedder(model, EmbeddingModels.DEFAULT);
        questions = SampleQuestions.LIST;
        vectors = questions.stream().map(embedder::embed).toList();
        extractive = new ExtractiveAnswerGenerator(
                new QuestionTerms(new LuceneVocabulary(index)),
                DefaultEvidencePolicy.configured(),
                new ArticleSentences(index, chunker),
                embedder::embed);
        evidence = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            evidence.add(new Search.Result(
                    questions.get(q),
                    vectors.get(q),
                    retriever.retrieve(
                            new SearchRequest(questions.get(q), vectors.get(q), Asker.DEFAULT_PASSAGES, Mode.HYBRID))));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        index.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private int nextQuestion() {
        next = (next + 1) % questions.size();
        return next;
    }

    @Benchmark
    public float[] questionEmbedding() {
        return embedder.embed(questions.get(nextQuestion()));
    }

    /** The extractive generator alone, reading the hybrid top {@link Asker#DEFAULT_PASSAGES} retrieved beforehand. */
    @Benchmark
    public Answer extractiveAnswer() {
        return extractive.generate(evidence.get(nextQuestion()));
    }

    @Benchmark
    public List<Hit> hybrid() {
        return retrieve(Mode.HYBRID);
    }

    @Benchmark
    public List<Hit> bm25() {
        return retrieve(Mode.BM25);
    }

    @Benchmark
    public List<Hit> knn() {
        return retrieve(Mode.VECTOR);
    }

    @Benchmark
    public List<EmbeddingMatch<TextSegment>> inMemoryEmbeddingStore() {
        int q = nextQuestion();
        return store.search(EmbeddingSearchRequest.builder()
                        .queryEmbedding(Embedding.from(vectors.get(q)))
                        .maxResults(10)
                        .build())
                .matches();
    }

    private List<Hit> retrieve(Mode mode) {
        int q = nextQuestion();
        return retriever.retrieve(new SearchRequest(questions.get(q), vectors.get(q), 10, mode));
    }
}
