package dev.sourced.retrieval;

import java.util.List;

/**
 * Finds the passages that best match a question. The one place that knows which search engine is in use.
 *
 * <p>Contract: at most {@code request.k()} hits, best first, each chunk at most once; an empty list when nothing
 * matches (never {@code null}); thread-safe. Throws {@link dev.sourced.index.IndexNotReadyException} while the
 * index cannot be searched.
 */
public interface Retriever {
    List<Hit> retrieve(SearchRequest request);
}
