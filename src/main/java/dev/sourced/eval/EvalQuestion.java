package dev.sourced.eval;

import java.util.List;

/** One line of a questions file: gold article ids and phrases a correct answer contains. */
public record EvalQuestion(String id, String question, boolean answerable, List<String> sources,
        List<String> expectAny) {
    public EvalQuestion {
        sources = sources == null ? List.of() : List.copyOf(sources);
        expectAny = expectAny == null ? List.of() : List.copyOf(expectAny);
    }
}
