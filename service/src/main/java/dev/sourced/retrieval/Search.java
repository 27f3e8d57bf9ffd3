package dev.sourced.retrieval;

import dev.sourced.duplicates.DuplicateGroups;
import dev.sourced.duplicates.Groups;
import dev.sourced.embedding.Embedder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Embeds a question once and retrieves passages for it, so later stages can reuse the same vector. Copies of one
 * story (the same wire story under several outlets) take one place in the list, whichever backend searched: see
 * {@link CopyCollapse}.
 */
public final class Search {
    /** Passages a search returns when the caller does not say. */
    public static final int DEFAULT_RESULTS = 5;

    /**
     * How many more passages than asked for are retrieved while the index holds copies, so that the list is still full
     * once they are collapsed; the fusion's lists are deeper than this by default, so the ranking is not changed.
     */
    static final int COPY_HEADROOM = 3;

    private final Retriever retriever;
    private final Embedder embedder;
    private final DuplicateGroups groups;

    public Search(Retriever retriever, Embedder embedder, DuplicateGroups groups) {
        this.retriever = retriever;
        this.embedder = embedder;
        this.groups = groups;
    }

    /**
     * @param published the period the passages' articles must be published in; its end is the date the question is
     *     asked as of ({@code null}: not known)
     */
    public Result search(String question, int k, Mode mode, Period published) {
        return search(question, "", k, mode, published);
    }

    /**
     * As {@link #search(String, int, Mode, Period)}, with the idf of the terms of {@code counted} too (the question as
     * its answer reads it), counted by the search.
     */
    public Result search(String question, String counted, int k, Mode mode, Period published) {
        float[] vector = embedder.embed(question);
        Groups copies = groups.current();
        int fetched = copies.isEmpty() ? k : k * COPY_HEADROOM;
        Retriever.Retrieved retrieved =
                retriever.retrieveWithTerms(new SearchRequest(question, vector, fetched, mode, published, counted));
        return new Result(
                question,
                vector,
                CopyCollapse.collapse(retrieved.hits(), copies, k),
                published.to(),
                retrieved.termIdf());
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
