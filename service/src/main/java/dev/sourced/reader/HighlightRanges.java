package dev.sourced.reader;

import dev.sourced.corpus.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the passages a reader address names ({@code ?hl=4320-4383}, several as {@code hl=1-5,9-12} or
 * {@code hl=1-5&hl=9-12}): half-open character ranges into the article's text as stored, the offsets citations give.
 * A range that is malformed, empty, reversed or past the end of the text is left out rather than refused: a link is
 * still worth opening when one of its passages no longer fits an article that was replaced since.
 */
public final class HighlightRanges {
    /** Ten digits hold any offset of an article (at most 2 MiB) and cannot overflow a long. */
    private static final Pattern RANGE = Pattern.compile("(\\d{1,10})-(\\d{1,10})");

    private HighlightRanges() {}

    /**
     * The ranges {@code values} name that fit a text of {@code length} characters, in order, overlapping and touching
     * ones joined into one, so that no character is marked twice.
     */
    public static List<Span> parse(List<String> values, int length) {
        List<Span> ranges = new ArrayList<>();
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",", -1)) {
                Matcher m = RANGE.matcher(part.strip());
                if (!m.matches()) {
                    continue;
                }
                long start = Long.parseLong(m.group(1));
                long end = Long.parseLong(m.group(2));
                if (start < end && end <= length) {
                    ranges.add(new Span((int) start, (int) end));
                }
            }
        }
        return joined(ranges);
    }

    private static List<Span> joined(List<Span> ranges) {
        List<Span> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> joined = new ArrayList<>();
        for (Span range : sorted) {
            if (!joined.isEmpty() && range.start() <= joined.getLast().end()) {
                Span last = joined.removeLast();
                joined.add(new Span(last.start(), Math.max(last.end(), range.end())));
            } else {
                joined.add(range);
            }
        }
        return List.copyOf(joined);
    }
}
