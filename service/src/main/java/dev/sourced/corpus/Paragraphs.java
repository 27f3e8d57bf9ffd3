package dev.sourced.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds paragraphs: runs of lines separated by blank lines, and also single line breaks, since much news text puts
 * one paragraph on each line. A line that stops mid-sentence and is followed by a lower-case line is hard-wrapped
 * text and stays in the same paragraph.
 */
public final class Paragraphs {
    private Paragraphs() {}

    public static List<Span> of(String text, int from) {
        List<Span> lines = lines(text, from);
        List<Span> paragraphs = new ArrayList<>();
        for (Span line : lines) {
            if (!paragraphs.isEmpty() && continues(text, paragraphs.getLast(), line)) {
                paragraphs.set(
                        paragraphs.size() - 1, new Span(paragraphs.getLast().start(), line.end()));
            } else {
                paragraphs.add(line);
            }
        }
        return paragraphs;
    }

    private static List<Span> lines(String text, int from) {
        List<Span> lines = new ArrayList<>();
        int start = from;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(new Span(s, e));
            }
            start = end + 1;
        }
        return lines;
    }

    private static boolean continues(String text, Span previous, Span line) {
        String between = text.substring(previous.end(), line.start());
        boolean blankLineBetween = between.chars().filter(c -> c == '\n').count() > 1;
        if (blankLineBetween) {
            return false;
        }
        char last = text.charAt(previous.end() - 1);
        boolean endsSentence = ".!?:\"”')]".indexOf(last) >= 0;
        return !endsSentence && Character.isLowerCase(text.charAt(line.start()));
    }
}
