package dev.sourced.answer;

import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Search;

/** Answers a question: one embedding and hybrid retrieval, then the configured generator. Thread-safe. */
public final class Asker {
    private final Search search;
    private final AnswerGenerator generator;

    public Asker(Search search, AnswerGenerator generator) {
        this.search = search;
        this.generator = generator;
    }

    /** @param k how many passages the generator may draw on */
    public Answer ask(String question, int k) {
        return generator.generate(search.search(question, k, Mode.HYBRID));
    }
}
