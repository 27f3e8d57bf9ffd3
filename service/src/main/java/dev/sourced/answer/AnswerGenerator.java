package dev.sourced.answer;

import dev.sourced.conversation.Turns;
import dev.sourced.retrieval.Search;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes an answer to a question from retrieved passages, citing them, or abstains when they do not support one.
 *
 * <p>Contract: never throws for lack of evidence (an empty hit list gives an abstention); the answer's citations
 * quote the given passages verbatim and nothing else; thread-safe.
 */
public interface AnswerGenerator {
    Answer generate(Search.Result evidence);

    /** As {@link #generate(Search.Result)}, an overview answer as long as {@code detail} says. */
    default Answer generate(Search.Result evidence, Detail detail) {
        return generate(evidence);
    }

    /**
     * As {@link #generate(Search.Result)}, telling {@code onText} the answer text as it is produced. The streamed
     * text is provisional; the returned answer, with its checked citations, is the one that counts.
     */
    default Answer generate(Search.Result evidence, Consumer<String> onText) {
        return generate(evidence, Detail.STANDARD, onText);
    }

    /** As {@link #generate(Search.Result, Consumer)}, an overview answer as long as {@code detail} says. */
    default Answer generate(Search.Result evidence, Detail detail, Consumer<String> onText) {
        Answer answer = generate(evidence, detail);
        onText.accept(answer.text());
        return answer;
    }

    /**
     * As {@link #generate(Search.Result, Detail)} for a question that follows {@code earlier} turns of a conversation
     * (the evidence's question already stands on its own). Only a generator that writes (a language model) reads
     * them; the others answer the question alone.
     */
    default Answer generate(Search.Result evidence, Detail detail, List<Turns.Turn> earlier) {
        return generate(evidence, detail);
    }

    /** As {@link #generate(Search.Result, Detail, Consumer)} for a question that follows {@code earlier} turns. */
    default Answer generate(Search.Result evidence, Detail detail, List<Turns.Turn> earlier, Consumer<String> onText) {
        return generate(evidence, detail, onText);
    }

    /** The name reported in answers, e.g. "extractive". */
    String name();
}
