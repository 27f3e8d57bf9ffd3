package dev.sourced.retrieval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A question to retrieve passages for: its text, its unit-length vector, how many hits, which lists, and the date
 * it is asked as of ({@code null} for no limit): passages of articles published after it are left out, undated
 * ones never.
 */
public record SearchRequest(String text, float[] vector, int k, Mode mode, LocalDate asOf) {
    public SearchRequest(String text, float[] vector, int k, Mode mode) {
        this(text, vector, k, mode, null);
    }

    public SearchRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(mode, "mode");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
    }
}
