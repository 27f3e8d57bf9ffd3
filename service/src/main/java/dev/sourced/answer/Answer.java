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
 * @param stale {@code true} when a question about the present is answered from evidence older than the staleness
 *     limit allows ({@link AsOfWording}), which the text then says; {@code null} otherwise
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
        Boolean stale,
        List<ReportedValue> disagreement) {
    public Answer {
        citations = List.copyOf(citations);
        disagreement = List.copyOf(disagreement);
    }

    public Answer(String text, boolean answered, List<Citation> citations, String generator, String fallbackReason) {
        this(text, answered, citations, generator, fallbackReason, null, null, List.of());
    }

    public Answer withFallback(String reason) {
        return new Answer(text, answered, citations, generator, reason, removedSentences, stale, disagreement);
    }

    Answer withRemovedSentences(int removed) {
        return new Answer(text, answered, citations, generator, fallbackReason, removed, stale, disagreement);
    }

    /** This answer with other citations: the same passages, told more about. */
    Answer withCitations(List<Citation> replaced) {
        return new Answer(text, answered, replaced, generator, fallbackReason, removedSentences, stale, disagreement);
    }

    /** This answer in other words, flagged stale or not ({@code null}). */
    Answer reworded(String newText, Boolean isStale) {
        return new Answer(
                newText, answered, citations, generator, fallbackReason, removedSentences, isStale, disagreement);
    }

    /** Whether the sources disagree on the asked-for value. */
    public boolean conflict() {
        return !disagreement.isEmpty();
    }
}
