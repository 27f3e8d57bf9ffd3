package dev.sourced.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A numbered reference from an answer to an exact passage: {@code text} equals the article's characters
 * {@code start..end}. {@code alsoPublishedBy} names the other articles that publish the same story (copies of it under
 * other outlets, shown once in the results); empty, and left out of JSON, when there are none.
 */
public record Citation(
        int n,
        String source,
        String title,
        String chunkId,
        String text,
        int start,
        int end,
        double score,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> alsoPublishedBy) {
    public Citation {
        if (n < 1) {
            throw new IllegalArgumentException("citation numbers start at 1");
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException("citation text does not fit its offsets");
        }
        alsoPublishedBy = List.copyOf(alsoPublishedBy);
    }

    public Citation(int n, String source, String title, String chunkId, String text, int start, int end, double score) {
        this(n, source, title, chunkId, text, start, end, score, List.of());
    }

    public String marker() {
        return "[" + n + "]";
    }

    /** The same citation naming the other articles that publish its story. */
    public Citation alsoPublishedBy(List<String> others) {
        return new Citation(n, source, title, chunkId, text, start, end, score, others);
    }
}
