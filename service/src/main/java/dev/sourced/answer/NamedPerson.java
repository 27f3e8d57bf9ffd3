package dev.sourced.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person the question names: the last word of the name and the name in full, as whole words in any case, and
 * the first word after its titles, capitalised and standing alone (not opening another name).
 */
record NamedPerson(Pattern surname, Pattern firstAlone, Pattern full) {
    /** What follows a person's surname: "Jr.", "III". */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    static NamedPerson of(List<String> name) {
        // "President Joe Biden": the first word of the name is the one after its titles.
        List<String> words = name.stream().dropWhile(w -> NameKind.isTitle(w)).toList();
        String first = words.isEmpty() ? "" : words.getFirst();
        return new NamedPerson(
                wholeWords(surname(name)),
                words.size() < 2
                        ? null
                        // Capitalised, as a name is written: "Bill" of "Bill Cassidy", not "the bill".
                        : Pattern.compile("(?u)(?<![\\p{L}\\p{N}])" + Character.toUpperCase(first.charAt(0)) + "(?i:"
                                + Pattern.quote(first.substring(1)) + ")(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})"),
                wholeWords(String.join(" ", name)));
    }

    private static Pattern wholeWords(String words) {
        return Pattern.compile(
                "(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(words).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])");
    }

    /**
     * Whether {@code window} names the person: by the last word of the name ("Ri Sol Ju" as "Ju"), or by the first
     * word alone ("Jason, the center") where {@code context} writes the name in full.
     */
    boolean namedIn(String window, String context) {
        return surname.matcher(window).find()
                || firstAlone != null
                        && firstAlone.matcher(window).find()
                        && full.matcher(context).find();
    }

    /** Whether {@code word} is a suffix of a person's name: "Jr.", "Sr", "III". */
    static boolean isSuffix(String word) {
        return NAME_SUFFIXES.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** The last word of a person's name before a suffix: "deland" of "Kenny DeLand Jr.". */
    private static String surname(List<String> name) {
        for (int i = name.size() - 1; i > 0; i--) {
            if (!NAME_SUFFIXES.contains(name.get(i).replace(".", ""))) {
                return name.get(i);
            }
        }
        return name.getFirst();
    }
}
