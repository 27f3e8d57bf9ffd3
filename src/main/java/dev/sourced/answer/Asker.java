package dev.sourced.answer;

import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Search;
import java.util.function.Consumer;

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
        return generator.generate(retrieve(question, k));
    }

    /** The passages an answer to {@code question} draws on; fails fast while the index is not ready. */
    public Search.Result retrieve(String question, int k) {
        return search.search(question, k, Mode.HYBRID);
    }

    /** Answers from retrieved passages, telling {@code onText} the answer text as the generator produces it. */
    public Answer answer(Search.Result evidence, Consumer<String> onText) {
        return generator.generate(evidence, onText);
    }
}
