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
 * @param disagreement the values that articles meeting the question equally well give for it when they differ,
 *     newest first, each with its citation; empty when they agree
 */
public record Answer(
        String text,
        boolean answered,
        List<Citation> citations,
        String generator,
        String fallbackReason,
        Integer removedSentences,
        List<ReportedValue> disagreement) {
    public Answer {
        citations = List.copyOf(citations);
        disagreement = List.copyOf(disagreement);
    }

    public Answer(String text, boolean answered, List<Citation> citations, String generator, String fallbackReason) {
        this(text, answered, citations, generator, fallbackReason, null, List.of());
    }

    public Answer withFallback(String reason) {
        return new Answer(text, answered, citations, generator, reason, removedSentences, disagreement);
    }

    Answer withRemovedSentences(int removed) {
        return new Answer(text, answered, citations, generator, fallbackReason, removed, disagreement);
    }

    /** Whether the sources disagree on the asked-for value. */
    public boolean conflict() {
        return !disagreement.isEmpty();
    }
}
