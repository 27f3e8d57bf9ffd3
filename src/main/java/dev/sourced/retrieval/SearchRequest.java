package dev.sourced.retrieval;

import java.util.Objects;

/** A question to retrieve passages for: its text, its unit-length vector, how many hits, and which lists. */
public record SearchRequest(String text, float[] vector, int k, Mode mode) {
    public SearchRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(mode, "mode");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
    }
}
