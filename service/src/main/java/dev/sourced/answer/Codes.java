package dev.sourced.answer;

import java.util.List;
import java.util.Set;

/**
 * Codes that name one thing of a kind: "Flight 1282", "SB 264", "Route 66", "No. 32" on a jersey. A question asks for
 * one with "what was the flight number" or "what is the number of the bill" ({@link AskedKind#codedKind}).
 */
final class Codes {
    /** Things news names by a number or a code. */
    private static final Set<String> CODED_NOUNS = Set.of(("flight bill jersey route case docket phone model serial "
                    + "license licence plate account highway interstate road train bus ticket lot")
            .split(" "));

    private Codes() {}

    /** Whether things of kind {@code noun} (a base form) are named by a code: "flight", "bill". */
    static boolean isCodedNoun(String noun) {
        return CODED_NOUNS.contains(noun);
    }

    /**
     * Whether a name is a code of {@code kind}, the thing a question asks the number of: it holds a digit, and writes the kind's noun
     * ("Flight 1282" for the flight number) or opens with letters in capitals ("SB 264" for the bill's, "EK430") or
     * "No." ("No. 32"). "Boeing 737" and "737 Max" are a model's names, no flight's number.
     */
    static boolean isCodeOf(String kind, Phrase span) {
        List<String> words = Words.of(span.text()).stream().map(Phrase::text).toList();
        if (words.isEmpty() || words.stream().noneMatch(NameKind::holdsDigit)) {
            return false;
        }
        String first = words.getFirst();
        return words.stream().anyMatch(w -> Words.sameWord(w, kind))
                || first.length() > 1
                        && first.chars().anyMatch(Character::isLetter)
                        && first.chars().noneMatch(Character::isLowerCase)
                || first.equalsIgnoreCase("no");
    }
}
