package dev.sourced.retrieval;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The corpus's view of words: how text is normalised into terms (the same analysis the BM25 field uses) and how
 * informative a term is. Lets answer code weigh the words of a question without knowing the search engine.
 * Thread-safe.
 */
public interface Vocabulary {
    /** The normalised terms of {@code text}, in order, stop words left out. */
    List<String> terms(String text);

    /** The terms of all of {@code texts}, each once, in order of first use. */
    default List<String> distinctTerms(String... texts) {
        return Stream.of(texts).flatMap(text -> terms(text).stream()).distinct().toList();
    }

    /**
     * BM25's inverse document frequency over the indexed passages of each of {@code terms} (highest for unseen
     * terms), asked for together because a remote index answers all of them in one round trip.
     */
    Map<String, Double> idf(Collection<String> terms);

    /** BM25's idf of a term found in {@code df} of {@code n} passages. */
    static double idf(long n, long df) {
        return Math.log(1 + (Math.max(n, 1) - df + 0.5) / (df + 0.5));
    }
}
