package dev.sourced.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sourced.answer.ReaderLinks;
import dev.sourced.retrieval.Hit;
import java.time.LocalDate;
import java.util.List;

/** The body of {@code GET /api/search}. */
public record SearchResponse(String query, List<Result> results) {
    /**
     * One passage, with where it sits in its article and {@code url}, the article reader's address of it; the
     * article's date, outlet, original address and author when given; {@code alsoPublishedBy}: the other articles of
     * the same story, shown once (left out when none).
     */
    public record Result(
            String source,
            String chunkId,
            String title,
            String text,
            int start,
            int end,
            double score,
            List<String> retrievers,
            String url,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate published,
            @JsonInclude(JsonInclude.Include.NON_NULL) String outlet,
            @JsonInclude(JsonInclude.Include.NON_NULL) String originalUrl,
            @JsonInclude(JsonInclude.Include.NON_NULL) String author,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> alsoPublishedBy) {
        static Result of(Hit hit, ReaderLinks links) {
            return new Result(
                    hit.articleId(),
                    hit.chunk().id(),
                    hit.title(),
                    hit.chunk().text(),
                    hit.chunk().start(),
                    hit.chunk().end(),
                    hit.score(),
                    hit.retrievers(),
                    links.passage(
                            hit.articleId(), hit.chunk().start(), hit.chunk().end()),
                    hit.date(),
                    hit.provenance().outlet(),
                    hit.provenance().url(),
                    hit.provenance().author(),
                    hit.alsoPublishedBy());
        }
    }
}
