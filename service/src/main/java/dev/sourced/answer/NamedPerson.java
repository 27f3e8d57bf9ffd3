package dev.sourced.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person the question names: the last word of the name and the name in full, as whole words in any case, and
 * the first word after its titles, capitalised and standing alone (not opening another name).
 */
record NamedPerson(Pattern surname, Pattern firstAlone, Pattern full) {
    /** What follows a person's surname: "Jr.", "III". */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** A preposition of place ending the text before a name: "returned to", "in", "from". */
    private static final Pattern PLACE_BEFORE =
            Pattern.compile("(?i)\\b(?:in|to|from|at|near|into|across|outside|inside|throughout)\\s+(?:the\\s+)?$");

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

    /**
     * The names of one word that the question's statement writes as a person's may be: not after a preposition of place
     * ("returned to Madrid", "in Miami"), and not marked as a place, a territory or a body there. "A painting hangs
     * beside Johns and Warhol" gives two.
     *
     * @param statementNames the names only the question's statement writes ({@link QuestionForm#background})
     */
    static List<String> surnamesOf(String question, List<List<String>> statementNames) {
        return statementNames.stream()
                .filter(n -> n.size() == 1)
                .map(List::getFirst)
                .filter(word -> {
                    Matcher written = wholeWords(word).matcher(question);
                    if (!written.find()
                            || PLACE_BEFORE
                                    .matcher(question.substring(0, written.start()))
                                    .find()) {
                        return false;
                    }
                    NameKind kind = NameKind.of(question, Phrase.of(question, written.start(), written.end()));
                    return kind == NameKind.PERSON || kind == NameKind.UNMARKED && !Territories.isTerritory(word);
                })
                .toList();
    }

    /**
     * Whether {@code name}, a name's words, is a person the question's statement gives by the surname alone, as a name
     * of its own: "Jasper Johns" where it says "beside Johns and Warhol". Only a name of two words that may be a
     * person's counts ("Air Canada" and "FC Dallas" do not), and only a surname the statement writes: the asking
     * sentence's "who beat Williams" may be answered by another Williams.
     *
     * @param surnames the statement's names that may be persons' ({@link #surnamesOf})
     */
    static boolean givenBySurname(List<String> name, List<String> surnames) {
        if (name.size() != 2) {
            return false;
        }
        String first = name.getFirst();
        String whole = String.join(" ", name);
        NameKind kind = NameKind.of(whole, Phrase.of(whole, 0, whole.length()));
        return NameKind.mayBeFirstName(first)
                && !first.equals(first.toUpperCase(Locale.ROOT))
                && (kind == NameKind.PERSON || kind == NameKind.UNMARKED)
                && !Territories.isTerritory(whole)
                && !Territories.isTerritory(name.getLast())
                && surnames.stream().anyMatch(surname -> Words.sameWord(name.getLast(), surname));
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
