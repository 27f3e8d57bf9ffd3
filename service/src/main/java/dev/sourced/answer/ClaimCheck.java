package dev.sourced.answer;

import dev.sourced.corpus.SentenceSplitter;
import dev.sourced.corpus.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds every sentence of a model's answer to the passages it cites, with the evidence logic of the extractive
 * answer: a sentence must cite at least one passage, and every name and every typed phrase it states (a number, an
 * amount, a percentage, a date, a score) must stand in a passage it cites. A sentence that fails is removed, the
 * markers left are renumbered, and the answer says how many were removed; with none left it is no answer at all.
 */
final class ClaimCheck {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    private static final List<AnswerType> TYPED_PHRASES =
            List.of(AnswerType.AMOUNT, AnswerType.PERCENT, AnswerType.SCORE, AnswerType.DATE, AnswerType.COUNT);

    private ClaimCheck() {}

    /**
     * The answer with its unsupported sentences removed ({@link Answer#removedSentences()} says how many), or
     * {@code null} when none is supported. An abstention is returned as it is.
     */
    static Answer check(Answer answer) {
        if (!answer.answered()) {
            return answer.withRemovedSentences(0);
        }
        Map<Integer, Citation> byNumber = new LinkedHashMap<>();
        answer.citations().forEach(c -> byNumber.put(c.n(), c));
        String text = answer.text();
        List<String> kept = new ArrayList<>();
        int removed = 0;
        for (Span span : new SentenceSplitter().split(text, 0, text.length())) {
            String sentence = text.substring(span.start(), span.end());
            if (supported(sentence, byNumber)) {
                kept.add(sentence);
            } else {
                removed++;
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        return renumbered(String.join(" ", kept), byNumber, answer).withRemovedSentences(removed);
    }

    /** Whether the sentence cites a passage and every name and typed phrase of it stands in the passages it cites. */
    static boolean supported(String sentence, Map<Integer, Citation> citations) {
        StringBuilder cited = new StringBuilder();
        Matcher m = MARKER.matcher(sentence);
        while (m.find()) {
            Citation c = citations.get(Integer.parseInt(m.group(1)));
            if (c != null) {
                cited.append(c.text()).append('\n');
            }
        }
        if (cited.isEmpty()) {
            return false;
        }
        String claim = MARKER.matcher(sentence).replaceAll(" ");
        String passages = normalised(cited.toString());
        List<Phrase> stated = new ArrayList<>(Names.in(claim));
        TYPED_PHRASES.forEach(type -> stated.addAll(type.spansIn(claim)));
        return stated.stream().allMatch(p -> passages.contains(normalised(p.text())));
    }

    /** Case, runs of spaces and typographic apostrophes aside: "U.S.’s" and "u.s.'s" are the same writing. */
    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }

    /** The kept text with its markers renumbered 1, 2, … in order of first use, and only the citations it uses. */
    private static Answer renumbered(String text, Map<Integer, Citation> byNumber, Answer answer) {
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int given = Integer.parseInt(m.group(1));
            int n = numbers.computeIfAbsent(given, g -> numbers.size() + 1);
            m.appendReplacement(out, "[" + n + "]");
        }
        m.appendTail(out);
        List<Citation> citations = new ArrayList<>();
        numbers.forEach((given, n) -> {
            Citation c = byNumber.get(given);
            citations.add(new Citation(n, c.source(), c.title(), c.chunkId(), c.text(), c.start(), c.end(), c.score()));
        });
        return new Answer(out.toString(), true, citations, answer.generator(), answer.fallbackReason());
    }
}
