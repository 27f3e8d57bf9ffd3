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
 *
 * <p>When the article is one of a group of copies (the same story under several outlets), the search shows it for
 * the group: {@code alsoPublishedBy} names the group's other articles, and {@code copies} holds the passages of those
 * articles that the search found and left out of the list, best first, so that an answer can still compare what each
 * copy says. Both are empty for an article in no group.
 */
public record Hit(
        Chunk chunk,
        String title,
        LocalDate date,
        double score,
        List<String> retrievers,
        List<float[]> sentenceVectors,
        Provenance provenance,
        List<String> alsoPublishedBy,
        List<Hit> copies) {
    public Hit {
        Objects.requireNonNull(chunk, "chunk");
        Objects.requireNonNull(provenance, "provenance");
        retrievers = List.copyOf(retrievers);
        sentenceVectors = List.copyOf(sentenceVectors);
        alsoPublishedBy = List.copyOf(alsoPublishedBy);
        copies = List.copyOf(copies);
    }

    /** A hit standing for no group of copies. */
    public Hit(
            Chunk chunk,
            String title,
            LocalDate date,
            double score,
            List<String> retrievers,
            List<float[]> sentenceVectors,
            Provenance provenance) {
        this(chunk, title, date, score, retrievers, sentenceVectors, provenance, List.of(), List.of());
    }

    /** A hit whose article's provenance is not known, standing for the given copies. */
    public Hit(
            Chunk chunk,
            String title,
            LocalDate date,
            double score,
            List<String> retrievers,
            List<float[]> sentenceVectors,
            List<String> alsoPublishedBy,
            List<Hit> copies) {
        this(chunk, title, date, score, retrievers, sentenceVectors, Provenance.NONE, alsoPublishedBy, copies);
    }

    /** A hit whose article's provenance is not known, standing for no group of copies. */
    public Hit(
            Chunk chunk,
            String title,
            LocalDate date,
            double score,
            List<String> retrievers,
            List<float[]> sentenceVectors) {
        this(chunk, title, date, score, retrievers, sentenceVectors, Provenance.NONE);
    }

    /** The cosine of two unit vectors (as the index stores them and the embedder returns them): their dot product. */
    public static double cosine(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** This passage standing for its group of copies, with the group's best score. */
    public Hit standingFor(double groupScore, List<String> others, List<Hit> copyHits) {
        return new Hit(chunk, title, date, groupScore, retrievers, sentenceVectors, provenance, others, copyHits);
    }

    public String articleId() {
        return chunk.articleId();
    }
}
