package dev.sourced.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a turn of a conversation mentions that a follow-up can refer back to: names (runs of capitalised words, "South
 * Korea", "Zhang Jun", "UN") and time phrases ("in 2021", "March 2022", "last week"). Names are found by their
 * capitals alone, with no list of people or places, so a lower-case name is not one; capitalised function words
 * ("What", "The"), months and weekdays are never names.
 */
final class Mentions {
    /** A stretch of text: {@code text} is the characters {@code start..end}. */
    record Span(int start, int end, String text) {}

    /** A word, with its inner hyphens, apostrophes and dots ("Jae-in", "China's", "U.S"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*");

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** A preposition the phrase keeps when another period replaces it. */
    private static final String PREPOSITION = "(?:in|on|during|since|by|until|before|after|for|of)";

    private static final Pattern TIME = Pattern.compile(
            "\\b(?:(" + PREPOSITION + ")\\s+)?((?:(?:early|mid|late)[- ]?)?(?:" + MONTH
                    + "\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?)?(?:1[89]|20)\\d\\d\\b"
                    + "|(?:this|last|next|the\\s+past|the\\s+last)\\s+(?:week|month|year)\\b"
                    + "|yesterday\\b|today\\b)",
            Pattern.CASE_INSENSITIVE);

    /** Capitalised words that start questions and sentences or name times, never a name of their own. */
    private static final Set<String> NOT_NAMES = Set.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "but",
            "so",
            "also",
            "then",
            "as",
            "at",
            "by",
            "for",
            "from",
            "in",
            "into",
            "of",
            "on",
            "to",
            "with",
            "about",
            "after",
            "before",
            "since",
            "during",
            "while",
            "if",
            "than",
            "that",
            "this",
            "these",
            "those",
            "there",
            "here",
            "what",
            "which",
            "who",
            "whom",
            "whose",
            "when",
            "where",
            "why",
            "how",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "do",
            "does",
            "did",
            "has",
            "have",
            "had",
            "can",
            "could",
            "will",
            "would",
            "shall",
            "should",
            "may",
            "might",
            "must",
            "i",
            "me",
            "my",
            "we",
            "our",
            "you",
            "your",
            "he",
            "him",
            "his",
            "she",
            "her",
            "hers",
            "it",
            "its",
            "they",
            "them",
            "their",
            "tell",
            "show",
            "give",
            "list",
            "name",
            "explain",
            "describe",
            "please",
            "yes",
            "no",
            "not",
            "according",
            "sources",
            "answering",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday");

    private Mentions() {}

    /** The names {@code text} mentions, in order; a possessive's "'s" is not part of its name. */
    static List<Span> names(String text) {
        List<Span> names = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int start = -1;
        int end = -1;
        while (word.find()) {
            String w = word.group();
            boolean possessive = possessive(w);
            String bare = possessive ? w.substring(0, w.length() - 2) : w;
            boolean joined = start >= 0 && text.substring(end, word.start()).isBlank();
            if (isNameWord(bare)) {
                if (!joined) {
                    add(names, text, start, end);
                    start = word.start();
                }
                end = word.start() + bare.length();
                if (possessive) {
                    add(names, text, start, end);
                    start = -1;
                }
            } else {
                add(names, text, start, end);
                start = -1;
            }
        }
        add(names, text, start, end);
        return names;
    }

    /** The first time phrase of {@code text}, its preposition included. */
    static Optional<Time> time(String text) {
        Matcher m = TIME.matcher(text);
        return m.find()
                ? Optional.of(new Time(new Span(m.start(), m.end(), m.group()), m.group(1), m.group(2)))
                : Optional.empty();
    }

    /** A time phrase: the whole span, its preposition ({@code null} when none) and the period itself. */
    record Time(Span span, String preposition, String period) {}

    private static boolean possessive(String word) {
        return word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"));
    }

    private static boolean isNameWord(String word) {
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Span> names, String text, int start, int end) {
        if (start >= 0) {
            names.add(new Span(start, end, text.substring(start, end)));
        }
    }
}
