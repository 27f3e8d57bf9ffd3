package dev.sourced.retrieval;

import java.util.Objects;

/**
 * A question to retrieve passages for: its text, its unit-length vector, how many hits, which lists, the period the
 * passages' articles must be published in (undated articles always are), and more text whose terms' idf is wanted
 * with the hits besides the question's own ({@link Retriever#retrieveWithTerms}; empty for none).
 */
public record SearchRequest(String text, float[] vector, int k, Mode mode, Period published, String counted) {
    public SearchRequest(String text, float[] vector, int k, Mode mode) {
        this(text, vector, k, mode, Period.ANY);
    }

    public SearchRequest(String text, float[] vector, int k, Mode mode, Period published) {
        this(text, vector, k, mode, published, "");
    }

    public SearchRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(counted, "counted");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
    }
}
