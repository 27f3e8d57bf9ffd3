package dev.sourced.askpage;

import dev.sourced.answer.Answer;
import dev.sourced.answer.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An answer as the page renders it: its text cut into segments, each {@code [n]} that names a citation a link to the
 * citation's passage in the reader; the citations (the nearest passages when the service abstained).
 */
public record AnswerView(boolean answered, List<Segment> segments, List<Citation> citations) {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    /** A run of answer text; {@code url} is the reader link when it is a citation marker, else {@code null}. */
    public record Segment(String text, String url) {}

    public AnswerView {
        segments = List.copyOf(segments);
        citations = List.copyOf(citations);
    }

    static AnswerView of(Answer answer) {
        List<Citation> citations = answer.citations();
        Map<Integer, Citation> byNumber =
                citations.stream().collect(Collectors.toMap(Citation::n, Function.identity(), (a, b) -> a));
        return new AnswerView(
                answer.answered(), segments(answer.text(), answer.answered() ? byNumber : Map.of()), citations);
    }

    static List<Segment> segments(String text, Map<Integer, Citation> byNumber) {
        List<Segment> segments = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        int from = 0;
        while (m.find()) {
            Citation cited = byNumber.get(Integer.parseInt(m.group(1)));
            if (cited == null) {
                continue;
            }
            if (m.start() > from) {
                segments.add(new Segment(text.substring(from, m.start()), null));
            }
            segments.add(new Segment(m.group(), cited.url()));
            from = m.end();
        }
        if (from < text.length()) {
            segments.add(new Segment(text.substring(from), null));
        }
        return segments;
    }
}
