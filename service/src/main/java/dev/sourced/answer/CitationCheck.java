package dev.sourced.answer;

import dev.sourced.retrieval.Hit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds a model's answer to the sources it was given: markers that point at no given source are removed, the
 * remaining ones are renumbered 1, 2, … in order of first use, and each cited source becomes a citation quoting the
 * passage verbatim. An answer left with no valid marker, or one that says the sources do not answer, is an
 * abstention.
 */
final class CitationCheck {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([.,;:!?])");

    private CitationCheck() {}

    /** The checked answer, or {@code null} when the text is not usable at all (empty). */
    static Answer check(String modelText, List<Hit> hits, String generator) {
        String text = modelText == null ? "" : modelText.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.toUpperCase(Locale.ROOT).contains(GroundedPrompt.NOT_IN_SOURCES)) {
            return abstention(hits, generator);
        }
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int given = Integer.parseInt(m.group(1));
            String replacement = "";
            if (given >= 1 && given <= hits.size()) {
                int n = renumbered.computeIfAbsent(given, g -> renumbered.size() + 1);
                replacement = "[" + n + "]";
            }
            m.appendReplacement(out, replacement);
        }
        m.appendTail(out);
        if (renumbered.isEmpty()) {
            return abstention(hits, generator);
        }
        String cleaned = SPACE_BEFORE_PUNCTUATION
                .matcher(out.toString().replaceAll("[ \\t]{2,}", " "))
                .replaceAll("$1")
                .strip();
        List<Citation> citations = new ArrayList<>();
        renumbered.forEach((given, n) -> {
            Hit hit = hits.get(given - 1);
            citations.add(new Citation(
                    n,
                    hit.articleId(),
                    hit.title(),
                    hit.chunk().id(),
                    hit.chunk().text(),
                    hit.chunk().start(),
                    hit.chunk().end(),
                    Math.round(hit.score() * 10_000) / 10_000.0));
        });
        return new Answer(cleaned, true, citations, generator, null);
    }

    private static Answer abstention(List<Hit> hits, String generator) {
        Answer nearest = ExtractiveAnswerGenerator.abstention(hits);
        return new Answer(nearest.text(), false, nearest.citations(), generator, null);
    }
}
