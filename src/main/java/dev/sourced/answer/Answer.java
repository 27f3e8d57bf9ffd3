package dev.sourced.answer;

import java.util.List;

/**
 * A generated answer. When {@code answered}, every {@code [n]} marker in {@code text} has a citation numbered n and
 * every citation is used; when not, {@code text} says the articles do not cover the question and the citations,
 * if any, are the nearest passages for the reader.
 *
 * @param generator the generator that produced this answer ("extractive", "llm")
 * @param fallbackReason why the configured generator was not used, or {@code null} when it was
 */
public record Answer(String text, boolean answered, List<Citation> citations, String generator, String fallbackReason) {
    public Answer {
        citations = List.copyOf(citations);
    }

    public Answer withFallback(String reason) {
        return new Answer(text, answered, citations, generator, reason);
    }
}
