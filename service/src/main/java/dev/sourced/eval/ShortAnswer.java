package dev.sourced.eval;

import dev.sourced.answer.AsOfWording;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrase an answer leads with before quoting its sentence ("Luke Humphries. — “Luke Humphries beat…” [1]"),
 * read from the answer's text: a hit is counted on the whole text, quotes included, so a wrong phrase before a quote
 * that holds the right one ("Centers. — “…Minnesota has the largest number…”") still counts as a hit, and this says
 * whether the phrase itself is right.
 */
final class ShortAnswer {
    private static final Pattern LEADING = Pattern.compile("^(.+?)\\. — “", Pattern.DOTALL);

    private ShortAnswer() {}

    /** The phrase {@code answerText} leads with, if it leads with one. */
    static Optional<String> of(String answerText) {
        Matcher m = LEADING.matcher(AsOfWording.undated(answerText));
        if (!m.find() || m.group(1).contains("“")) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }
}
