package dev.sourced.ingest;

import dev.sourced.corpus.Article;
import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.Span;
import dev.sourced.duplicates.DuplicateGroups;
import dev.sourced.duplicates.Fingerprint;
import dev.sourced.embedding.Embedder;
import dev.sourced.index.ArticleStore;
import dev.sourced.index.CopyMarks;
import dev.sourced.index.EmbeddedChunk;
import dev.sourced.index.IndexedArticle;
import dev.sourced.index.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chunks and embeds articles and writes them to the index: the one way text gets in, whether from the corpus folder
 * at start-up or from the documents API. An article whose body is the same text as an indexed one is stored without
 * chunks, as a copy of it: readable and listed, but neither embedded nor searched twice; when its original is removed
 * or rewritten, the first such copy is indexed in its place. Every write is recorded in the groups of copies. Thread-safe
 * as long as one article id is not written by two callers at once.
 */
public final class ArticleIndexer {
    private final ArticleStore index;
    private final Chunker chunker;
    private final Embedder embedder;
    private final DuplicateGroups groups;

    public ArticleIndexer(ArticleStore index, Chunker chunker, Embedder embedder, DuplicateGroups groups) {
        this.index = index;
        this.chunker = chunker;
        this.embedder = embedder;
        this.groups = groups;
    }

    /**
     * Adds or replaces one article (not yet durable or visible: see {@link ArticleStore#commit()}).
     *
     * @return the chunks written, and the article it was stored as an exact copy of, if it was
     */
    public Written put(Article article, Origin origin) {
        Fingerprint fingerprint = groups.fingerprint(article);
        Optional<String> original = groups.sameBodyAs(article.id(), fingerprint);
        List<String> formerCopies = groups.copiesOf(article.id());
        if (original.isPresent()) {
            index.put(article, List.of(), origin, new CopyMarks(fingerprint.encode(), original.get()));
            groups.written(article, fingerprint, original.get());
            reindex(formerCopies);
            return new Written(0, original.get());
        }
        List<EmbeddedChunk> chunks = embed(chunker.chunk(article), article.text());
        index.put(article, chunks, origin, new CopyMarks(fingerprint.encode(), null));
        groups.written(article, fingerprint, null);
        reindex(formerCopies);
        return new Written(chunks.size(), null);
    }

    /** Removes one article (not yet durable or visible); its first stored exact copy, if any, is indexed instead. */
    public boolean delete(String articleId) {
        List<String> copies = groups.copiesOf(articleId);
        boolean present = index.delete(articleId);
        groups.removed(articleId);
        reindex(copies);
        return present;
    }

    /**
     * Writes stored copies again, smallest id first: the first one whose body no indexed article has any more is
     * indexed in full, and the others become its copies; copies whose original still has their body stay as they are.
     */
    private void reindex(List<String> copies) {
        for (String id : copies) {
            Optional<IndexedArticle> summary = index.summary(id);
            Optional<Article> article = index.article(id);
            if (summary.isPresent() && article.isPresent()) {
                put(article.get(), summary.get().origin());
            }
        }
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

    /**
     * What one write did: the chunks written, and the indexed article it was stored as an exact copy of
     * ({@code null} when it was indexed itself).
     */
    public record Written(int chunks, String copyOf) {}
}
