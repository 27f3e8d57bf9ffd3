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

    private FollowUp() {}

    /**
     * @param previousQuestion the question the previous turn answered, itself standalone; {@code null} or blank when
     *     {@code message} opens the conversation
     * @param previousAnswer the text of the previous answer, {@code [n]} markers and all; {@code null} or blank when
     *     there is none
     * @param message the newest message
     * @return the question {@code message} asks, standing on its own; {@code message} itself (stripped) when it
     *     depends on nothing before it
     */
    public static String standalone(String previousQuestion, String previousAnswer, String message) {
        String asked = message.strip();
        if (previousQuestion == null || previousQuestion.isBlank()) {
            return asked;
        }
        String before = withoutClosingPunctuation(previousQuestion);
        String answer =
                previousAnswer == null ? "" : MARKER.matcher(previousAnswer).replaceAll("");
        return Fragment.resolve(before, asked)
                .or(() -> PointingBack.resolve(before, answer, asked))
                .map(FollowUp::capitalised)
                .orElse(asked);
    }

    static String withoutClosingPunctuation(String text) {
        return text.strip().replaceAll("[\\s?!.]+$", "");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
