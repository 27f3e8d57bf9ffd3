package dev.sourced.answer;

import java.util.List;

/**
 * A generated answer. When {@code answered}, every {@code [n]} marker in {@code text} has a citation numbered n and
 * every citation is used; when not, {@code text} says the articles do not cover the question and the citations,
 * if any, are the nearest passages for the reader.
 *
 * @param generator the generator that produced this answer ("extractive", "llm")
 * @param fallbackReason why the configured generator was not used, or {@code null} when it was
 * @param removedSentences how many sentences of a language model's answer no passage it cites supported, removed
 *     ({@link ClaimCheck}); {@code null} for an answer no model wrote
 */
public record Answer(
        String text,
        boolean answered,
        List<Citation> citations,
        String generator,
        String fallbackReason,
        Integer removedSentences) {
    public Answer {
        citations = List.copyOf(citations);
    }

    public Answer(String text, boolean answered, List<Citation> citations, String generator, String fallbackReason) {
        this(text, answered, citations, generator, fallbackReason, null);
    }

    public Answer withFallback(String reason) {
        return new Answer(text, answered, citations, generator, reason, removedSentences);
    }

    Answer withCitations(List<Citation> replaced) {
        return new Answer(text, answered, replaced, generator, fallbackReason, removedSentences);
    }

    Answer withRemovedSentences(int removed) {
        return new Answer(text, answered, citations, generator, fallbackReason, removed);
    }
}
