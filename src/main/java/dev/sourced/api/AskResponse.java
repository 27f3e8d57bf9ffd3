package dev.sourced.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Citation;
import java.util.List;

/**
 * The body of {@code POST /api/ask}; {@code removedSentences} only in a language model's answer: how many of its
 * sentences no passage they cite supports, removed.
 */
public record AskResponse(
        String answer,
        boolean answered,
        List<Citation> citations,
        String generator,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer removedSentences,
        long tookMs) {
    static AskResponse of(Answer answer, long tookMs) {
        return new AskResponse(
                answer.text(),
                answer.answered(),
                answer.citations(),
                answer.generator(),
                answer.removedSentences(),
                tookMs);
    }
}
