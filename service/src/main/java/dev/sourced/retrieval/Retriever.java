package dev.sourced.retrieval;

import java.util.List;
import java.util.Map;

/**
 * Finds the passages that best match a question. The one place that knows which search engine is in use.
 *
 * <p>Contract: at most {@code request.k()} hits, best first, each chunk at most once; an empty list when nothing
 * matches (never {@code null}); thread-safe. Throws {@link dev.sourced.index.IndexNotReadyException} while the
 * index cannot be searched.
 */
public interface Retriever {
    List<Hit> retrieve(SearchRequest request);

    /**
     * The hits of {@link #retrieve}, with the idf of the analysed terms of the question and of {@link
     * SearchRequest#counted} as the index searched counted them. An engine that does not count them with the search
     * gives none; the {@link Vocabulary} counts them then.
     */
    default Retrieved retrieveWithTerms(SearchRequest request) {
        return new Retrieved(retrieve(request), Map.of());
    }

    /** Hits, best first, and the idf of the analysed terms by term (empty when not counted). */
    record Retrieved(List<Hit> hits, Map<String, Double> termIdf) {
        public Retrieved {
            hits = List.copyOf(hits);
            termIdf = Map.copyOf(termIdf);
        }
    }
}
