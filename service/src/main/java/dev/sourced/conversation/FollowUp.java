package dev.sourced.conversation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the newest message of a conversation into a question that stands on its own, for retrieval (which sees one
 * question, not a conversation) and for the reader, who is shown what was answered. A message that depends on the
 * turn before is resolved against it: a fragment ("and in 2021?", "what about South Korea?") by {@link Fragment},
 * pronouns and words that point back ("who said that?", "when did he say it?") by {@link PointingBack}. A message
 * that depends on nothing before it is returned as it is. Nothing here knows an answer: names are found by their
 * capitals ({@link Mentions}), the rest by closed classes of words. Pure and thread-safe.
 */
public final class FollowUp {
    private static final Pattern MARKER = Pattern.compile("\\s*\\[\\d+]");
    /**
     * A conjunction that opens a whole question ("and what did South Korea say about sanctions?"): it links the turns,
     * the question after it is not a fragment of the one before.
     */
    private static final Pattern CONJUNCTION_BEFORE_QUESTION = Pattern.compile(
            "^(?:and|but|also|so|or)\\s*,?\\s+(?=(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|do"
                    + "|does|did|can|could|will|would|has|have|had|should)\\b)",
            Pattern.CASE_INSENSITIVE);

    private FollowUp() {}

    /**
     * @param previousQuestion the question the previous turn answered, itself standalone; {@code null} or blank when
     *     {@code message} opens the conversation
     * @param previousAnswer the text of the previous answer, {@code [n]} markers and all; {@code null} or blank when
     *     there is none
     * @param message the newest message
     * @return the question {@code message} asks, standing on its own; {@code message} itself (stripped, and without
     *     an "and" that opens a whole question) when it depends on nothing before it
     */
    public static String standalone(String previousQuestion, String previousAnswer, String message) {
        String asked = message.strip();
        if (previousQuestion == null || previousQuestion.isBlank()) {
            return asked;
        }
        String question = CONJUNCTION_BEFORE_QUESTION.matcher(asked).replaceFirst("");
        String before = withoutClosingPunctuation(previousQuestion);
        String answer =
                previousAnswer == null ? "" : MARKER.matcher(previousAnswer).replaceAll("");
        String resolved = Fragment.resolve(before, question)
                .or(() -> PointingBack.resolve(before, answer, question))
                .orElse(question);
        return question.equals(asked) && resolved.equals(asked) ? asked : capitalised(resolved);
    }

    static String withoutClosingPunctuation(String text) {
        return text.strip().replaceAll("[\\s?!.]+$", "");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
