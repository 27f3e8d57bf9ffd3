package dev.sourced.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Divisions of a state whose noun news writes as part of their names: "Humboldt County", "Upper Makefield Township",
 * "Orleans Parish", "County Cork". A question that asks for one ("which county") is answered by a name written with
 * that noun, not by a town in it ("Northern California’s Eureka area") nor by a body named after it ("Humboldt County
 * Sheriff’s Office"). Boroughs are not among them: news names New York's and London's by their names alone
 * ("Brooklyn").
 */
final class Divisions {
    private static final Set<String> NOUNS = Set.of("county", "township", "parish");

    private Divisions() {}

    /** Whether {@code noun} asks for a division that news names with it: "which county", "which townships". */
    static boolean isDivisionNoun(String noun) {
        return NOUNS.contains(singular(noun));
    }

    /** "county" of "counties", "County’s" or "Counties"; "parish" of "parishes". */
    private static String singular(String noun) {
        return Words.singular(Words.base(noun));
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
     * Whether {@code span} names a division of that noun: it ends with the noun ("Bertie County", "Maui County’s") or
     * opens with it ("County Cork"), or {@code text} writes it with the noun after it, capitalised, as a name of its
     * own ("Humboldt" where the story writes "Humboldt County"; not "Clara" of "Santa Clara County").
     */
    static boolean named(Phrase span, String noun, String text) {
        String division = singular(noun);
        List<Phrase> words = Words.of(span.text());
        if (words.size() > 1
                && (singular(words.getLast().text()).equals(division)
                        || singular(words.getFirst().text()).equals(division))) {
            return true;
        }
        String withoutPossessive = Names.withoutPossessive(span.text());
        String capitalised = Character.toUpperCase(division.charAt(0)) + division.substring(1);
        Matcher written = Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(withoutPossessive) + "\\s+" + capitalised + "\\b")
                .matcher(text);
        while (written.find()) {
            String before = Words.adjacentBefore(text, written.start());
            if (before == null || Words.isClosedClass(before) || !Character.isUpperCase(before.charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
