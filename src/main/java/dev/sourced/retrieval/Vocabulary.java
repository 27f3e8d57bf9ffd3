package dev.sourced.retrieval;

import java.util.List;

/**
 * The corpus's view of words: how text is normalised into terms (the same analysis the BM25 field uses) and how
 * informative a term is. Lets answer code weigh the words of a question without knowing the search engine.
 * Thread-safe.
 */
public interface Vocabulary {
    /** The normalised terms of {@code text}, in order, stop words left out. */
    List<String> terms(String text);

    /** Inverse document frequency of a normalised term over the indexed passages; highest for unseen terms. */
    double idf(String term);
}
