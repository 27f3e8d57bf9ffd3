package dev.sourced.retrieval;

import java.util.Objects;

/**
 * A question to retrieve passages for: its text, its unit-length vector, how many hits, which lists, and the period
 * the passages' articles must be published in (undated articles always are).
 */
public record SearchRequest(String text, float[] vector, int k, Mode mode, Period published) {
    public SearchRequest(String text, float[] vector, int k, Mode mode) {
        this(text, vector, k, mode, Period.ANY);
    }

    public SearchRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(published, "published");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
    }
}
