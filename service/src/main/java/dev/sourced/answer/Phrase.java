package dev.sourced.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A stretch of a sentence, {@code text} being its characters {@code start..end}. */
record Phrase(int start, int end, String text) {
    Phrase {
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("phrase text does not fit its offsets");
        }
    }

    static Phrase of(String sentence, int start, int end) {
        return new Phrase(start, end, sentence.substring(start, end));
    }

    /** Every match of {@code pattern} in {@code text}, in order, as phrases of it. */
    static List<Phrase> allOf(Pattern pattern, String text) {
        List<Phrase> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Phrase(m.start(), m.end(), m.group()));
        }
        return found;
    }

    /** Whether {@code other} lies within this phrase. */
    boolean contains(Phrase other) {
        return start <= other.start() && other.end() <= end;
    }

    /** Whether {@code other} shares a character with this phrase. */
    boolean overlaps(Phrase other) {
        return start < other.end() && other.start() < end;
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }
}
