package dev.sourced.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Citation;
import dev.sourced.answer.ReportedValue;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/ask}; {@code removedSentences} only in a language model's answer: how many of its
 * sentences no passage they cite supports, removed; {@code stale} only when a question about the present is answered
 * from old evidence; {@code conflict} whether the sources disagree on the asked-for value, and then {@code values},
 * each source's value with its citation and date, newest first.
 */
public record AskResponse(
        String answer,
        boolean answered,
        List<Cited> citations,
        String generator,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer removedSentences,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean stale,
        boolean conflict,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ReportedValue> values,
        long tookMs) {
    static AskResponse of(Answer answer, long tookMs) {
        return new AskResponse(
                answer.text(),
                answer.answered(),
                answer.citations().stream().map(Cited::of).toList(),
                answer.generator(),
                answer.removedSentences(),
                answer.stale(),
                answer.conflict(),
                answer.disagreement(),
                tookMs);
    }

    /**
     * One citation: {@code url} the article reader's address of its passage; the article's date, outlet, original
     * address and author only when it gives them; {@code alsoPublishedBy} the other articles publishing the same
     * story, only when there are any.
     */
    public record Cited(
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
        static Cited of(Citation c) {
            return new Cited(
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
}
