package dev.sourced.feedback;

/**
 * A passage an answer cited: its marker number and the article's characters {@code start..end}, which lead back to
 * the text even when the answer's wording changes.
 */
public record Passage(int n, String articleId, int start, int end) {
    public Passage {
        if (n < 1 || articleId == null || articleId.isBlank() || start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "a cited passage has a number from 1, an article id and 0 <= start <= end");
        }
    }
}
