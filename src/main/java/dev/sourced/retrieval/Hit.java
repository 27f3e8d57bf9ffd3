package dev.sourced.retrieval;

import dev.sourced.corpus.Chunk;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One retrieved passage. {@code score} is the fused score (higher is better; comparable only within one result
 * list); {@code retrievers} names the ranked lists that found it ("bm25", "vector"); {@code sentenceVectors} holds
 * one unit vector per sentence of the chunk, in the order of {@link Chunk#sentences()}; {@code date} is the
 * article's publication date, {@code null} when it has none.
 */
public record Hit(
        Chunk chunk,
        String title,
        LocalDate date,
        double score,
        List<String> retrievers,
        List<float[]> sentenceVectors) {
    public Hit {
        Objects.requireNonNull(chunk, "chunk");
        retrievers = List.copyOf(retrievers);
        sentenceVectors = List.copyOf(sentenceVectors);
    }

    public String articleId() {
        return chunk.articleId();
    }
}
