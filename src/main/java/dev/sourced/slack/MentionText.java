package dev.sourced.slack;

import java.util.regex.Pattern;

/** The question in a Slack message: user and group mentions removed, Slack's entity escapes undone. */
final class MentionText {
    private static final Pattern MENTION = Pattern.compile("<[@!#][^>]*>");

    private MentionText() {}

    static String question(String text) {
        if (text == null) {
            return "";
        }
        return MENTION.matcher(text).replaceAll(" ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }
}
