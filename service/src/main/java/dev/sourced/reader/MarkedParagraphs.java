package dev.sourced.reader;

import dev.sourced.corpus.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article's body into the paragraphs the page shows (runs of lines between blank lines, without the
 * whitespace around them) and each paragraph into plain and highlighted runs. A highlight that crosses a paragraph
 * break becomes one mark in each paragraph it touches, since a mark cannot span two HTML paragraphs; the text between
 * paragraphs and before the body (front matter, a title or date header) is not shown, so a highlight there has
 * nothing to mark.
 */
public final class MarkedParagraphs {
    private MarkedParagraphs() {}

    /** A run of text; {@code anchor} on the page's first highlighted run only, the one an address scrolls to. */
    public record Segment(String text, boolean marked, boolean anchor) {}

    public record Paragraph(List<Segment> segments) {
        public Paragraph {
            segments = List.copyOf(segments);
        }
    }

    /**
     * @param bodyStart where the body starts; the page shows nothing before it
     * @param highlights ranges in order, none overlapping another (as {@link HighlightRanges} gives them)
     */
    public static List<Paragraph> of(String text, int bodyStart, List<Span> highlights) {
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean anchored = false;
        for (Span paragraph : paragraphs(text, bodyStart)) {
            List<Segment> segments = new ArrayList<>();
            int at = paragraph.start();
            for (Span highlight : highlights) {
                int start = Math.max(highlight.start(), paragraph.start());
                int end = Math.min(highlight.end(), paragraph.end());
                if (start >= end) {
                    continue;
                }
                if (start > at) {
                    segments.add(new Segment(text.substring(at, start), false, false));
                }
                segments.add(new Segment(text.substring(start, end), true, !anchored));
                anchored = true;
                at = end;
            }
            if (at < paragraph.end()) {
                segments.add(new Segment(text.substring(at, paragraph.end()), false, false));
            }
            paragraphs.add(new Paragraph(segments));
        }
        return List.copyOf(paragraphs);
    }

    /** The paragraphs from {@code from} on: non-blank lines between blank ones, trimmed. */
    static List<Span> paragraphs(String text, int from) {
        List<Span> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        int line = from;
        while (line < text.length()) {
            int newline = text.indexOf('\n', line);
            int lineEnd = newline < 0 ? text.length() : newline;
            int s = line;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                if (start >= 0) {
                    paragraphs.add(new Span(start, end));
                    start = -1;
                }
            } else {
                start = start < 0 ? s : start;
                end = e;
            }
            line = lineEnd + 1;
        }
        if (start >= 0) {
            paragraphs.add(new Span(start, end));
        }
        return paragraphs;
    }
}
