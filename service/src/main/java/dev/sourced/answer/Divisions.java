package dev.sourced.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Divisions of a state whose noun news writes as part of their names: "Humboldt County", "Upper Makefield Township",
 * "Orleans Parish". A question that asks for one ("which county") is answered by a name written with that noun, not
 * by a town in it ("Northern California’s Eureka area") nor by a body named after it ("Humboldt County Sheriff’s
 * Office").
 */
final class Divisions {
    private static final Set<String> NOUNS = Set.of("county", "township", "parish", "borough");

    private Divisions() {}

    /** Whether {@code noun} asks for a division that news names with it: "which county", "which townships". */
    static boolean isDivisionNoun(String noun) {
        return NOUNS.contains(singular(noun));
    }

    /** "county" of "counties", "township" of "Townships". */
    private static String singular(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies")) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        return lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /**
     * The division {@code span} starts with, cut after the division's noun ("Humboldt County" of "Humboldt County
     * Sheriff’s"); {@code span} itself when the noun does not stand inside it before its last word.
     */
    static Phrase cutAfter(Phrase span, String noun) {
        List<Phrase> words = Words.of(span.text());
        String division = singular(noun);
        for (int i = 1; i < words.size() - 1; i++) {
            if (singular(words.get(i).text()).equals(division)) {
                Phrase last = words.get(i);
                return new Phrase(
                        span.start(), span.start() + last.end(), span.text().substring(0, last.end()));
            }
        }
        return span;
    }

    /**
     * Whether {@code span} names a division of that noun: it ends with the noun ("Bertie County"), or {@code text}
     * writes it with the noun after it, capitalised ("Humboldt" where the story writes "Humboldt County").
     */
    static boolean named(Phrase span, String noun, String text) {
        String division = singular(noun);
        List<Phrase> words = Words.of(span.text());
        if (words.size() > 1 && singular(words.getLast().text()).equals(division)) {
            return true;
        }
        String capitalised = Character.toUpperCase(division.charAt(0)) + division.substring(1);
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(span.text()) + "\\s+" + capitalised + "\\b")
                .matcher(text)
                .find();
    }
}
