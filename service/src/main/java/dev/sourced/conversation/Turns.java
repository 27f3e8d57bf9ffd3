package dev.sourced.conversation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A conversation's earlier turns, oldest first, and the newest message made a question that stands on its own
 * against them: each question is resolved against the one before it (itself resolved) and the answer between them
 * ({@link FollowUp}), so that a chain of follow-ups keeps its subject. Every surface that holds a conversation (the
 * OpenAI-compatible API's messages, a Slack thread) reads it into turns and asks here, so that a follow-up means the
 * same wherever it is asked. Pure and thread-safe.
 */
public final class Turns {
    /** Who said a turn. */
    public enum Speaker {
        PERSON,
        SOURCED
    }

    /**
     * One turn: a person's message, or the text of an answer Sourced gave (without any framing of the surface's, such
     * as a list of sources).
     */
    public record Turn(Speaker speaker, String text) {
        public static Turn asked(String text) {
            return new Turn(Speaker.PERSON, text);
        }

        public static Turn answered(String text) {
            return new Turn(Speaker.SOURCED, text);
        }
    }

    private Turns() {}

    /**
     * @param earlier the turns before {@code message}, oldest first
     * @param message the newest message, itself a question
     * @param asQuestion the surface's question normaliser: the normalised question, or empty when a text holds none
     *     (blank, too long); a resolved turn that is no question leaves the subject as it was
     * @return the question {@code message} asks, standing on its own; {@code message} when that is no question
     */
    public static String standalone(List<Turn> earlier, String message, Function<String, Optional<String>> asQuestion) {
        String previous = null;
        String answer = null;
        for (Turn turn : earlier) {
            switch (turn.speaker()) {
                case PERSON -> {
                    String before = previous;
                    previous = asQuestion
                            .apply(FollowUp.standalone(previous, answer, turn.text()))
                            .orElse(before);
                    answer = null;
                }
                case SOURCED -> answer = turn.text();
            }
        }
        return asQuestion.apply(FollowUp.standalone(previous, answer, message)).orElse(message);
    }

    /** True when {@code earlier} holds an answer of Sourced's: the newest message may follow it up. */
    public static boolean answered(List<Turn> earlier) {
        return earlier.stream().anyMatch(t -> t.speaker() == Speaker.SOURCED);
    }
}
