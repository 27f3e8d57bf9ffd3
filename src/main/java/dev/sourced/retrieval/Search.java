package dev.sourced.retrieval;

import dev.sourced.index.Embedder;
import java.util.List;

/** Embeds a question once and retrieves passages for it, so later stages can reuse the same vector. */
public final class Search {
    private final Retriever retriever;
    private final Embedder embedder;

    public Search(Retriever retriever, Embedder embedder) {
        this.retriever = retriever;
        this.embedder = embedder;
    }

    public Result search(String question, int k, Mode mode) {
        float[] vector = embedder.embed(question);
        return new Result(question, vector, retriever.retrieve(new SearchRequest(question, vector, k, mode)));
    }

    /** The question, its vector, and the hits, best first. */
    public record Result(String question, float[] vector, List<Hit> hits) {
        public Result {
            hits = List.copyOf(hits);
        }
    }
}
