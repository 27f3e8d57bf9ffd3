package dev.sourced.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A citation as the HTTP surfaces write it (/api/ask, its stream, /v1/chat/completions): {@code url} the article reader's address of its passage; the article's date, outlet, original
 * address and author only when it gives them; {@code alsoPublishedBy} the other articles publishing the same
 * story, only when there are any.
 */
public record CitedPassage(
        int n,
        String source,
        String title,
        String chunkId,
        String text,
        int start,
        int end,
        double score,
        String url,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate published,
        @JsonInclude(JsonInclude.Include.NON_NULL) String outlet,
        @JsonInclude(JsonInclude.Include.NON_NULL) String originalUrl,
        @JsonInclude(JsonInclude.Include.NON_NULL) String author,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> alsoPublishedBy) {
    public static CitedPassage of(Citation c) {
        return new CitedPassage(
                c.n(),
                c.source(),
                c.title(),
                c.chunkId(),
                c.text(),
                c.start(),
                c.end(),
                c.score(),
                c.url(),
                c.published(),
                c.outlet(),
                c.originalUrl(),
                c.author(),
                c.alsoPublishedBy());
    }
}
