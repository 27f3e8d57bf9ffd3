package dev.sourced.slack;

import dev.sourced.answer.InvalidQuestionException;
import dev.sourced.answer.Question;
import java.util.Optional;
import java.util.regex.Pattern;

/** The question in a Slack message: user and group mentions removed, Slack's entity escapes undone, normalised. */
final class MentionText {
    private static final Pattern MENTION = Pattern.compile("<[@!#][^>]*>");

    private MentionText() {}

    /** The question a message asks, or empty when nothing answerable is left (no letter or digit, say). */
    static Optional<Question> question(String text) {
        String stripped = stripped(text);
        if (stripped.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Question(stripped));
        } catch (InvalidQuestionException e) {
            return Optional.empty();
        }
    }

    static String stripped(String text) {
        if (text == null) {
            return "";
        }
        return SlackReplyFormat.unescape(MENTION.matcher(text).replaceAll(" "))
                .replaceAll("\\s+", " ")
                .strip();
    }
}
