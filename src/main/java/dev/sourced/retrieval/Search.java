package dev.sourced.retrieval;

import dev.sourced.embedding.Embedder;
import java.time.LocalDate;
import java.util.List;

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
        return new Result(question, vector,
                retriever.retrieve(new SearchRequest(question, vector, k, mode, published)), published.to());
    }

    /** The question, its vector, the hits, best first, and the date it is asked as of ({@code null}: no date). */
    public record Result(String question, float[] vector, List<Hit> hits, LocalDate asOf) {
        public Result {
            hits = List.copyOf(hits);
        }

        public Result(String question, float[] vector, List<Hit> hits) {
            this(question, vector, hits, null);
        }
    }
}
