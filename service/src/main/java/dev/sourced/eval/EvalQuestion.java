package dev.sourced.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a questions file: gold article ids and phrases a correct answer contains, and the date it was asked
 * on ({@code null} when not given), which the question is answered as of. An overview question has key points
 * instead of expected phrases: each point a list of alternative phrases, one of which a sentence stating it contains.
 */
public record EvalQuestion(
        String id,
        String question,
        boolean answerable,
        List<String> sources,
        List<String> expectAny,
        LocalDate askedOn,
        List<List<String>> keyPoints) {
    public EvalQuestion(String id, String question, boolean answerable, List<String> sources, List<String> expectAny) {
        this(id, question, answerable, sources, expectAny, null, List.of());
    }

    public EvalQuestion {
        sources = sources == null ? List.of() : List.copyOf(sources);
        expectAny = expectAny == null ? List.of() : List.copyOf(expectAny);
        keyPoints = keyPoints == null
                ? List.of()
                : keyPoints.stream().map(List::copyOf).toList();
    }

    /** Whether this question asks for an overview, scored by its key points rather than a phrase. */
    public boolean isOverview() {
        return !keyPoints.isEmpty();
    }
}
