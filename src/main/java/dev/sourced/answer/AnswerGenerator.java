package dev.sourced.answer;

import dev.sourced.retrieval.Search;

/**
 * Writes an answer to a question from retrieved passages, citing them, or abstains when they do not support one.
 *
 * <p>Contract: never throws for lack of evidence (an empty hit list gives an abstention); the answer's citations
 * quote the given passages verbatim and nothing else; thread-safe.
 */
public interface AnswerGenerator {
    Answer generate(Search.Result evidence);

    /** The name reported in answers, e.g. "extractive". */
    String name();
}
