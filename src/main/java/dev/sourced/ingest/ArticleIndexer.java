package dev.sourced.ingest;

import dev.sourced.corpus.Article;
import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.Span;
import dev.sourced.embedding.Embedder;
import dev.sourced.index.ArticleStore;
import dev.sourced.index.EmbeddedChunk;
import dev.sourced.index.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List<float[]> vectors = embedder.embedAll(
                sentenceSlots.keySet().stream().map(s -> s.of(text)).toList());
        List<EmbeddedChunk> embedded = new ArrayList<>(chunks.size());
        for (Chunk chunk : chunks) {
            List<float[]> sentenceVectors = chunk.sentences().stream()
                    .map(s -> vectors.get(sentenceSlots.get(s)))
                    .toList();
            embedded.add(new EmbeddedChunk(chunk, Embedder.meanOf(sentenceVectors), sentenceVectors));
        }
        return embedded;
    }
}
