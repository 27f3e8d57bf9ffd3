package dev.sourced.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names counted as groups of people: "millions of unhappy Swifties", "three Democrats", "many Ukrainians". Such a
 * name answers no question for one person ("who", "which executive").
 */
final class CountedGroups {
    /** Describing words looked past between a count and the plural name it counts ("millions of unhappy Swifties"). */
    private static final int MAX_GROUP_DESCRIBERS = 2;
    /** Characters before a name that hold its count, "of" and the describing words ("millions of angry young "). */
    private static final int GROUP_REACH_CHARS = 60;
    /** Words after a count that make it a span of time: "two days later", "three weeks ago". */
    private static final Set<String> TIME_ADVERBS = Set.of("later", "earlier", "ago", "before", "after");
    /** Words that count a group without a number: "many Democrats", "several Ukrainians". */
    private static final Set<String> GROUP_QUANTIFIERS = Set.of("many", "several", "numerous", "countless", "dozen");

    private CountedGroups() {}

    /**
     * Whether {@code span}, a name of {@code sentence}, is a plural one counted: "millions of unhappy Swifties", "three
     * Democrats", "many Ukrainians". "One" counts one of them ("one Republican") and is left out; so is a name in the
     * singular.
     */
    static boolean counted(String sentence, Phrase span) {
        List<Phrase> words = Words.of(span.text());
        if (words.isEmpty() || !Words.isPlural(words.getLast().text())) {
            return false;
        }
        // The words just before the name, enough for a count, "of" and the describing words: a window, not all before.
        int from = Math.max(0, span.start() - GROUP_REACH_CHARS);
        while (from > 0 && from < span.start() && !Character.isWhitespace(sentence.charAt(from - 1))) {
            from++;
        }
        int offset = from;
        List<Phrase> before = Words.of(sentence.substring(from, span.start())).stream()
                .map(w -> new Phrase(w.start() + offset, w.end() + offset, w.text()))
                .toList();
        int at = before.size() - 1;
        // Past the describing words between the count and the name ("unhappy", "angry young").
        for (int skipped = 0;
                at >= 0 && skipped < MAX_GROUP_DESCRIBERS && isDescriber(sentence, before.get(at), span.start());
                skipped++) {
            at--;
        }
        if (at >= 1 && before.get(at).lower().equals("of")) {
            at--;
        }
        if (at < 0
                || Words.CLAUSE_BREAK
                        .matcher(sentence.substring(before.get(at).end(), span.start()))
                        .find()) {
            return false;
        }
        String count = before.get(at).text();
        // "In 2020 Kamala Harris…" and "No. 1 Serena Williams" count nobody.
        boolean ranked = at > 0 && before.get(at - 1).lower().equals("no");
        return Words.isNumberWord(count)
                || Words.isNumeric(count)
                        && count.chars().allMatch(c -> Character.isDigit(c) || c == ',')
                        && !Years.is(count)
                        && !ranked
                || GROUP_QUANTIFIERS.contains(count.toLowerCase(Locale.ROOT));
    }

    /**
     * A lower-case word that is no count, article or other closed-class word, no plural noun and no word of time:
     * "unhappy" of "millions of unhappy Swifties", not "days later" of "Two days later Chris Evans…".
     */
    private static boolean isDescriber(String sentence, Phrase word, int nameStart) {
        return !Words.isCapitalised(word.text())
                && !Words.isClosedClass(word.text())
                && !Words.isPlural(word.text())
                && !Recency.isTimeWord(word.text())
                && !TIME_ADVERBS.contains(word.lower())
                && !Words.isNumberWord(word.text())
                && !Words.isNumeric(word.text())
                && !GROUP_QUANTIFIERS.contains(word.lower())
                && !Words.CLAUSE_BREAK
                        .matcher(sentence.substring(word.end(), nameStart))
                        .find();
    }
}
