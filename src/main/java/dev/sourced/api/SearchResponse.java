package dev.sourced.api;

import dev.sourced.retrieval.Hit;
import java.util.List;

/** The body of {@code GET /api/search}. */
public record SearchResponse(String query, List<Result> results) {
    /** One passage, with where it sits in its article. */
    public record Result(
            String source,
            String chunkId,
            String title,
            String text,
            int start,
            int end,
            double score,
            List<String> retrievers) {
        static Result of(Hit hit) {
            return new Result(
                    hit.articleId(),
                    hit.chunk().id(),
                    hit.title(),
                    hit.chunk().text(),
                    hit.chunk().start(),
                    hit.chunk().end(),
                    hit.score(),
                    hit.retrievers());
        }
    }
}
