package dev.sourced.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The abbreviations a text writes, its words in capitals without their periods ("US" of "U.S."), and those it implies,
 * the initials of every run of two or more words of its names ("PDC" of "Professional Darts Corporation", "US" of
 * "United States EPA"), so a name in the question is met by either form.
 */
record Abbreviations(Set<String> written, Set<String> implied) {
    static Abbreviations of(String text) {
        Set<String> written = new HashSet<>();
        for (Phrase w : Words.of(text)) {
            if (w.text().length() > 1 && w.text().chars().noneMatch(Character::isLowerCase)) {
                written.add(w.text().replace(".", ""));
            }
        }
        Set<String> implied = new HashSet<>();
        for (Phrase name : Names.in(text)) {
            List<String> words = Words.of(name.text()).stream()
                    .map(Phrase::text)
                    .filter(w -> !Words.isClosedClass(w))
                    .toList();
            for (int from = 0; from < words.size() - 1; from++) {
                for (int to = from + 2; to <= words.size(); to++) {
                    implied.add(initials(words.subList(from, to)));
                }
            }
        }
        return new Abbreviations(written, implied);
    }

    boolean contains(String abbreviation) {
        return written.contains(abbreviation) || implied.contains(abbreviation);
    }

    /**
     * Whether a one-word name of the question stands in the text as an abbreviation: "U.S." as "US" (written), or
     * "PDC" as "Professional Darts Corporation" (implied). A word in capitals without periods is already matched as a
     * word, and must not be met by the start of a longer name ("NFL" in "NFL Players Association").
     */
    boolean abbreviates(String word) {
        String upper = word.replace(".", "").toUpperCase(Locale.ROOT);
        return word.contains(".") && written.contains(upper) || implied.contains(upper);
    }

    /** A name of several words is also written as its initials in capitals: "US", "EPA", "UN". */
    static String initials(List<String> name) {
        if (name.size() < 2) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        name.forEach(w -> initials.append(Character.toUpperCase(w.charAt(0))));
        return initials.toString();
    }
}
