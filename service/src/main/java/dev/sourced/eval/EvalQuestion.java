package dev.sourced.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a questions file: gold article ids and phrases a correct answer contains, and the date it was asked
 * on ({@code null} when not given), which the question is answered as of.
 */
public record EvalQuestion(
        String id,
        String question,
        boolean answerable,
        List<String> sources,
        List<String> expectAny,
        LocalDate askedOn) {
    public EvalQuestion(String id, String question, boolean answerable, List<String> sources, List<String> expectAny) {
        this(id, question, answerable, sources, expectAny, null);
    }

    public EvalQuestion {
        sources = sources == null ? List.of() : List.copyOf(sources);
        expectAny = expectAny == null ? List.of() : List.copyOf(expectAny);
    }
}
