package dev.sourced.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
     * Text in double or curly quotation marks, or in single ones that open after a space and close before one or a
     * stop (so that "Netflix's" and "Jason Kelce’s" open no quote).
     */
    private static final Pattern QUOTED =
            Pattern.compile("[\"“]([^\"“”]{2,200})[\"”]|(?<=^|\\s)['‘]([^'‘’]{2,200}?)['’](?=$|[\\s.,;:?!])");

    private static final int LEAST_LOWER_CASE_WORDS_OF_A_CAPITALISED_QUOTE = 2;

    private QuotedWords() {}

    /** The quotes of {@code question}, each as its words in lower case without punctuation; empty when none. */
    static List<List<String>> in(String question) {
        List<List<String>> quotes = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(question);
        while (quoted.find()) {
            String text = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            List<Phrase> words = Words.of(text);
            if (isSaid(words)) {
                quotes.add(lowerCase(words));
            }
        }
        return quotes.isEmpty() ? List.of() : Collections.unmodifiableList(quotes);
    }

    /** Whether {@code text} writes each of {@code quotes} word for word, whatever its case and punctuation. */
    static boolean allWritten(List<List<String>> quotes, String text) {
        if (quotes.isEmpty()) {
            return true;
        }
        List<String> words = lowerCase(Words.of(text));
        return quotes.stream().allMatch(quote -> Collections.indexOfSubList(words, quote) >= 0);
    }

    private static boolean isSaid(List<Phrase> words) {
        if (words.isEmpty()) {
            return false;
        }
        boolean noCapitalAfterFirst = words.stream()
                .skip(1)
                .noneMatch(w -> Words.isCapitalised(w.text()) && !w.text().equals("I"));
        long lowerCase = words.stream()
                .filter(w -> Character.isLowerCase(w.text().charAt(0)))
                .count();
        return noCapitalAfterFirst
                && (Character.isLowerCase(words.getFirst().text().charAt(0))
                        || lowerCase >= LEAST_LOWER_CASE_WORDS_OF_A_CAPITALISED_QUOTE);
    }

    private static List<String> lowerCase(List<Phrase> words) {
        return words.stream()
                .map(w -> w.text().toLowerCase(Locale.ROOT).replace('’', '\''))
                .toList();
    }
}
