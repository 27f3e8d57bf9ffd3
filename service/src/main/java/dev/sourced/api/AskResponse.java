package dev.sourced.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Citation;
import dev.sourced.answer.ReportedValue;
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
        List<Citation> citations,
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
                answer.citations(),
                answer.generator(),
                answer.removedSentences(),
                answer.stale(),
                answer.conflict(),
                answer.disagreement(),
                tookMs);
    }
}
