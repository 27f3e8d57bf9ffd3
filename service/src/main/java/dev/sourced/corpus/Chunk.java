package dev.sourced.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A passage of consecutive sentences of one article. {@code text} equals the article's characters
 * {@code start..end}; {@code sentences} are the spans, in article coordinates, of the sentences it holds.
 */
public record Chunk(String id, String articleId, int start, int end, String text, List<Span> sentences) {
    public Chunk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        if (end - start != text.length()) {
            throw new IllegalArgumentException("chunk text does not fit its offsets");
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a chunk holds at least one sentence");
        }
        for (Span s : sentences) {
            if (s.start() < start || s.end() > end) {
                throw new IllegalArgumentException(
                        "sentence " + s + " lies outside chunk [" + start + ", " + end + ")");
            }
        }
    }

    /** The text of one of this chunk's sentences. */
    public String sentenceText(Span sentence) {
        return text.substring(sentence.start() - start, sentence.end() - start);
    }

    public static String idOf(String articleId, int ordinal) {
        return articleId + "#" + ordinal;
    }
}
