package dev.sourced.index;

import dev.sourced.corpus.Article;
import java.util.List;

/**
 * Where articles and their embedded chunks are kept and searched: the embedded Lucene index or a SolrCloud
 * collection. Writes are neither durable nor visible until {@link #commit()}; a reader sees an article's old
 * version or its new one, never a mix. Thread-safe.
 */
public interface ArticleStore extends ArticleCatalog, AutoCloseable {
    /** Replaces (or adds) an article and its chunks, with no copy-detection marks. */
    default void put(Article article, List<EmbeddedChunk> chunks, Origin origin) {
        put(article, chunks, origin, CopyMarks.NONE);
    }

    /** Replaces (or adds) an article and its chunks, with what copy detection keeps of it. */
    void put(Article article, List<EmbeddedChunk> chunks, Origin origin, CopyMarks copies);

    /** Removes an article and its chunks; true when it was there. */
    boolean delete(String articleId);

    /** Makes every change so far durable, then visible to searches. */
    void commit();

    @Override
    void close();
}
