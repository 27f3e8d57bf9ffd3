package dev.sourced.retrieval;

import dev.sourced.embedding.Embedder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Embeds a question once and retrieves passages for it, so later stages can reuse the same vector. */
public final class Search {
    /** Passages a search returns when the caller does not say. */
    public static final int DEFAULT_RESULTS = 5;

    private final Retriever retriever;
    private final Embedder embedder;

    public Search(Retriever retriever, Embedder embedder) {
        this.retriever = retriever;
        this.embedder = embedder;
    }

    /**
     * @param published the period the passages' articles must be published in; its end is the date the question is
     *     asked as of ({@code null}: not known)
     */
    public Result search(String question, int k, Mode mode, Period published) {
        float[] vector = embedder.embed(question);
        Retriever.Retrieved retrieved =
                retriever.retrieveWithTerms(new SearchRequest(question, vector, k, mode, published));
        return new Result(question, vector, retrieved.hits(), published.to(), retrieved.termIdf());
    }

    /**
     * The question, its vector, the hits, best first, the date it is asked as of ({@code null}: no date), and the idf
     * of the question's analysed terms as the search counted them (empty when the engine did not count them).
     */
    public record Result(String question, float[] vector, List<Hit> hits, LocalDate asOf, Map<String, Double> termIdf) {
        public Result {
            hits = List.copyOf(hits);
            termIdf = Map.copyOf(termIdf);
        }

        public Result(String question, float[] vector, List<Hit> hits, LocalDate asOf) {
            this(question, vector, hits, asOf, Map.of());
        }

        public Result(String question, float[] vector, List<Hit> hits) {
            this(question, vector, hits, null);
        }
    }
}
