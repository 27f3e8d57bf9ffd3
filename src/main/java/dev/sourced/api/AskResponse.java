package dev.sourced.api;

import dev.sourced.answer.Answer;
import dev.sourced.answer.Citation;
import java.util.List;

/** The body of {@code POST /api/ask}. */
public record AskResponse(String answer, boolean answered, List<Citation> citations, String generator, long tookMs) {
    static AskResponse of(Answer answer, long tookMs) {
        return new AskResponse(answer.text(), answer.answered(), answer.citations(), answer.generator(), tookMs);
    }
}
