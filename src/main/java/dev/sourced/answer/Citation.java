package dev.sourced.answer;

/**
 * A numbered reference from an answer to an exact passage: {@code text} equals the article's characters
 * {@code start..end}.
 */
public record Citation(
        int n, String source, String title, String chunkId, String text, int start, int end, double score) {
    public Citation {
        if (n < 1) {
            throw new IllegalArgumentException("citation numbers start at 1");
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException("citation text does not fit its offsets");
        }
    }

    public String marker() {
        return "[" + n + "]";
    }
}
