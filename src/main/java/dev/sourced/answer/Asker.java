package dev.sourced.answer;

import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Search;
import io.smallrye.faulttolerance.api.TypedGuard;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * Answers a question: one embedding and hybrid retrieval, then the configured generator. A bulkhead bounds how many
 * answers are produced at once, so a burst queues in the HTTP layer instead of starving every request of CPU.
 * Thread-safe.
 */
public final class Asker {
    /** Passages an answer draws on when the asker does not say: every surface answers alike. */
    public static final int DEFAULT_PASSAGES = 5;

    private final Search search;
    private final AnswerGenerator generator;
    private final TypedGuard<Answer> bulkhead;

    /** @param concurrent how many answers may be produced at once; further callers get {@link OverloadedException} */
    public Asker(Search search, AnswerGenerator generator, int concurrent) {
        this.search = search;
        this.generator = generator;
        this.bulkhead = TypedGuard.create(Answer.class).withBulkhead().limit(concurrent).done().build();
    }

    /** Answers from the {@link #DEFAULT_PASSAGES} best passages. */
    public Answer ask(Question question) {
        return ask(question, DEFAULT_PASSAGES);
    }

    /** @param k how many passages the generator may draw on */
    public Answer ask(Question question, int k) {
        return guarded(() -> generator.generate(retrieve(question, k)));
    }

    /** The passages an answer to {@code question} draws on; fails fast while the index is not ready. */
    public Search.Result retrieve(Question question, int k) {
        return search.search(question.text(), k, Mode.HYBRID);
    }

    /** Answers from retrieved passages, telling {@code onText} the answer text as the generator produces it. */
    public Answer answer(Search.Result evidence, Consumer<String> onText) {
        return guarded(() -> generator.generate(evidence, onText));
    }

    private Answer guarded(Supplier<Answer> work) {
        try {
            return bulkhead.get(work);
        } catch (BulkheadException e) {
            throw new OverloadedException();
        }
    }
}
