package dev.sourced.retrieval;

import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One retrieved passage. {@code score} is the fused score (higher is better; comparable only within one result
 * list); {@code retrievers} names the ranked lists that found it ("bm25", "vector"); {@code sentenceVectors} holds
 * one unit vector per sentence of the chunk, in the order of {@link Chunk#sentences()}; {@code date} is the
 * article's publication date, {@code null} when it has none; {@code provenance} its outlet, address and author.
 */
public record Hit(
        Chunk chunk,
        String title,
        LocalDate date,
        double score,
        List<String> retrievers,
        List<float[]> sentenceVectors,
        Provenance provenance) {
    public Hit {
        Objects.requireNonNull(chunk, "chunk");
        Objects.requireNonNull(provenance, "provenance");
        retrievers = List.copyOf(retrievers);
        sentenceVectors = List.copyOf(sentenceVectors);
    }

    /** A hit whose article's provenance is not known. */
    public Hit(
            Chunk chunk,
            String title,
            LocalDate date,
            double score,
            List<String> retrievers,
            List<float[]> sentenceVectors) {
        this(chunk, title, date, score, retrievers, sentenceVectors, Provenance.NONE);
    }

    public String articleId() {
        return chunk.articleId();
    }
}
