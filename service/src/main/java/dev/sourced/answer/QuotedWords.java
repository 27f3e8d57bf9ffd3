package dev.sourced.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words a question quotes someone as saying ("which chairman warned that “we have sharp elbows”?", "called the
 * changes “shameful”"): a quote is verbatim, so the evidence must write the same words in the same order, where the
 * story quotes them. A title in quotation marks ("“The Daily Show”", "'Be Funny' tour") and a nickname ("Peiter
 * “Mudge” Zatko") are names, read as the question's other names are; a quote is told from them by its lower-case
 * words: it opens with one, or has two or more and no capital after its first word ("This is exactly how strikes are
 * broken"; not "Fahrenheit 11/9").
 */
final class QuotedWords {
    /**
     * Text in quotation marks, double or single, that open where prose opens a quote (after a space or a bracket) and
     * close before a space or a stop: "Netflix's" and "Jason Kelce’s" open no quote, nor does {@code n="last"}.
     */
    private static final Pattern QUOTED = Pattern.compile("(?<=^|[\\s(\\[])(?:[\"“]([^\"“”]{2,200})[\"”]"
            + "|['‘]((?:[^'‘’]|(?<=\\p{L})['’](?=\\p{L})){2,200}?)['’])(?=$|[\\s.,;:?!)\\]])");
    /** Where a quote leaves words out: an ellipsis, or an editor's words in brackets ("[Biden] is too old"). */
    private static final Pattern LEFT_OUT = Pattern.compile("\\.\\.\\.|…|\\[[^\\]]*]");

    private static final int LEAST_LOWER_CASE_WORDS_OF_A_CAPITALISED_QUOTE = 2;
    /**
     * How many words may stand between two quoted words in the story: a quote broken by its attribution ("“We have,”
     * he said, “sharp elbows.”").
     */
    private static final int MOST_WORDS_BETWEEN = 6;

    private QuotedWords() {}

    /** The quotes of {@code question}, each as its words in lower case without punctuation; empty when none. */
    static List<List<String>> in(String question) {
        List<List<String>> quotes = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(question);
        while (quoted.find()) {
            String text = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            if (isSaid(Words.of(text))) {
                for (String piece : LEFT_OUT.split(text)) {
                    List<String> words = plainWords(piece);
                    if (!words.isEmpty()) {
                        quotes.add(words);
                    }
                }
            }
        }
        return quotes.isEmpty() ? List.of() : Collections.unmodifiableList(quotes);
    }

    /**
     * Whether {@code text} writes each of {@code quotes} word for word and in order, whatever its case, punctuation and
     * hyphens ("pig-butchering" for 'pig butchering'), with at most a few words between two of them where the story
     * breaks the quote for its attribution.
     */
    static boolean allWritten(List<List<String>> quotes, String text) {
        if (quotes.isEmpty()) {
            return true;
        }
        List<String> words = plainWords(text);
        return quotes.stream().allMatch(quote -> writtenFrom(words, quote));
    }

    private static boolean writtenFrom(List<String> words, List<String> quote) {
        for (int start = indexOf(words, quote.getFirst(), 0);
                start >= 0;
                start = indexOf(words, quote.getFirst(), start + 1)) {
            int at = start;
            int matched = 1;
            while (matched < quote.size()) {
                int next = indexOf(words, quote.get(matched), at + 1);
                if (next < 0 || next - at - 1 > MOST_WORDS_BETWEEN) {
                    break;
                }
                at = next;
                matched++;
            }
            if (matched == quote.size()) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<String> words, String word, int from) {
        int at = words.subList(Math.min(from, words.size()), words.size()).indexOf(word);
        return at < 0 ? -1 : from + at;
    }

    private static boolean isSaid(List<Phrase> words) {
        if (words.isEmpty()) {
            return false;
        }
        boolean noCapitalAfterFirst =
                words.stream().skip(1).noneMatch(w -> Words.isCapitalised(w.text()) && !isFirstPerson(w.text()));
        long lowerCase = words.stream()
                .filter(w -> Character.isLowerCase(w.text().charAt(0)))
                .count();
        return noCapitalAfterFirst
                && (Character.isLowerCase(words.getFirst().text().charAt(0))
                        || lowerCase >= LEAST_LOWER_CASE_WORDS_OF_A_CAPITALISED_QUOTE);
    }

    /** "I", "I'm", "I’ll": capitalised inside any quote. */
    private static boolean isFirstPerson(String word) {
        return word.equals("I") || word.startsWith("I'") || word.startsWith("I’");
    }

    /** The words of {@code text} in lower case, a hyphenated word as its parts: "Pig-butchering" is "pig butchering". */
    private static List<String> plainWords(String text) {
        return Words.of(text).stream()
                .flatMap(w -> Stream.of(
                        w.text().toLowerCase(Locale.ROOT).replace('’', '\'').split("-")))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
