package dev.sourced.index;

import dev.sourced.corpus.Article;
import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Chunks and embeds articles and writes them to the index: the one way text gets in, whether from the corpus folder
 * at start-up or from the documents API. Thread-safe as long as one article id is not written by two callers at once.
 */
public final class ArticleIndexer {
    private final ArticleStore index;
    private final Chunker chunker;
    private final Embedder embedder;

    public ArticleIndexer(ArticleStore index, Chunker chunker, Embedder embedder) {
        this.index = index;
        this.chunker = chunker;
        this.embedder = embedder;
    }

    /** Adds or replaces one article (not yet durable or visible: see {@link ArticleStore#commit()}). */
    public int put(Article article, Origin origin) {
        List<EmbeddedChunk> chunks = embed(chunker.chunk(article), article.text());
        index.put(article, chunks, origin);
        return chunks.size();
    }

    /**
     * Brings the index in line with {@code corpus}: new and changed articles are embedded and written, unchanged
     * ones are left as they are, corpus articles gone from the folder are removed, and all of it is committed at
     * once. Articles added through the API are neither replaced nor removed.
     */
    public SyncReport sync(List<Article> corpus, ProgressListener progress) {
        Map<String, IndexedArticle> all = index.articles();
        Map<String, String> indexed = all.values().stream().filter(a -> a.origin() == Origin.CORPUS)
                .collect(Collectors.toMap(IndexedArticle::id, IndexedArticle::hash));
        Map<String, Article> wanted = new LinkedHashMap<>();
        corpus.forEach(a -> wanted.put(a.id(), a));
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        int done = 0;
        for (Article article : wanted.values()) {
            String hash = indexed.get(article.id());
            if (all.containsKey(article.id()) && all.get(article.id()).origin() == Origin.API) {
                unchanged.add(article.id());
            } else if (hash == null) {
                put(article, Origin.CORPUS);
                added.add(article.id());
            } else if (!hash.equals(article.contentHash())) {
                put(article, Origin.CORPUS);
                updated.add(article.id());
            } else {
                unchanged.add(article.id());
            }
            progress.step(++done, wanted.size(), article.id());
        }
        Set<String> removed = new TreeSet<>(indexed.keySet());
        removed.removeAll(wanted.keySet());
        removed.forEach(index::delete);
        index.commit();
        return new SyncReport(added, updated, unchanged, List.copyOf(removed));
    }

    /**
     * Embeds each sentence once; a chunk's vector is the normalised mean of its sentences' vectors rather than an
     * embedding of its text, which would cost as much again (a chunk is its sentences, embedded a second time over
     * and overlapping its neighbour). docs/performance.md has the indexing rate and docs/evaluation.md the retrieval
     * tables of both ways.
     */
    private List<EmbeddedChunk> embed(List<Chunk> chunks, String text) {
        Map<Span, Integer> sentenceSlots = new LinkedHashMap<>();
        for (Chunk chunk : chunks) {
            chunk.sentences().forEach(s -> sentenceSlots.putIfAbsent(s, sentenceSlots.size()));
        }
        List<float[]> vectors = embedder.embedAll(sentenceSlots.keySet().stream().map(s -> s.of(text)).toList());
        List<EmbeddedChunk> embedded = new ArrayList<>(chunks.size());
        for (Chunk chunk : chunks) {
            List<float[]> sentenceVectors = chunk.sentences().stream().map(s -> vectors.get(sentenceSlots.get(s)))
                    .toList();
            embedded.add(new EmbeddedChunk(chunk, Embedder.meanOf(sentenceVectors), sentenceVectors));
        }
        return embedded;
    }

    /** Told after each article of a sync, for progress bars and logs. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = (done, total, articleId) -> {};

        void step(int done, int total, String articleId);
    }
}
