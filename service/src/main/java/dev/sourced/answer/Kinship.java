package dev.sourced.answer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Family ties asked for by a noun ("the name of the daughter she had", "which son"). Unlike a kind ("which comedian"),
 * which news need not write beside its instance, a tie is the asked relation itself: a sentence that names a person
 * without saying the tie ("took to Twitter to mourn Kate Spade") answers nothing about her daughter. The words that
 * say a tie include its plain synonyms ("married" for a wife, "children" for a son).
 */
final class Kinship {
    private static final String CHILD = "daughters?|sons?|child|children|kids?|stepdaughters?|stepsons?";
    private static final String SPOUSE = "wife|wives|husbands?|spouses?|married|marriage|widow|widower|fianc[ée]e?s?";
    private static final String PARENT = "parents?|mothers?|moms?|mums?|fathers?|dads?|stepmothers?|stepfathers?";
    private static final String SIBLING = "brothers?|sisters?|siblings?";

    private static final Map<String, Pattern> TIES = Map.ofEntries(
            Map.entry("daughter", words(CHILD)),
            Map.entry("son", words(CHILD)),
            Map.entry("stepdaughter", words(CHILD)),
            Map.entry("stepson", words(CHILD)),
            Map.entry("wife", words(SPOUSE)),
            Map.entry("husband", words(SPOUSE)),
            Map.entry("spouse", words(SPOUSE)),
            Map.entry("widow", words(SPOUSE)),
            Map.entry("wives", words(SPOUSE)),
            Map.entry("fiancé", words(SPOUSE)),
            Map.entry("fiancée", words(SPOUSE)),
            Map.entry("fiance", words(SPOUSE)),
            Map.entry("fiancee", words(SPOUSE)),
            Map.entry("mother", words(PARENT)),
            Map.entry("father", words(PARENT)),
            Map.entry("parent", words(PARENT)),
            Map.entry("stepmother", words(PARENT)),
            Map.entry("stepfather", words(PARENT)),
            Map.entry("brother", words(SIBLING)),
            Map.entry("sister", words(SIBLING)),
            Map.entry("sibling", words(SIBLING)),
            Map.entry("grandson", words("grandsons?|grandchild|grandchildren|grandkids?")),
            Map.entry("granddaughter", words("granddaughters?|grandchild|grandchildren|grandkids?")),
            Map.entry("grandmother", words("grandmothers?|grandparents?|grandma")),
            Map.entry("grandfather", words("grandfathers?|grandparents?|grandpa")),
            Map.entry("niece", words("nieces?")),
            Map.entry("nephew", words("nephews?")),
            Map.entry("cousin", words("cousins?")),
            Map.entry("uncle", words("uncles?")),
            Map.entry("aunt", words("aunts?")));

    private Kinship() {}

    private static Pattern words(String alternatives) {
        // "mother-of-two" says the tie; "grandmother" and "stepson" are words of their own.
        return Pattern.compile("(?iu)(?<![\\p{L}-])(?:" + alternatives + ")(?!\\p{L})");
    }

    /** The nouns for ties: "daughter", "wife", "niece". */
    static Set<String> ties() {
        return TIES.keySet();
    }

    /** The words that say the tie {@code noun} names ("daughters": a daughter's), or empty when it names none. */
    static Optional<Pattern> tieOf(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        Pattern tie = TIES.get(lower);
        if (tie == null && lower.endsWith("s")) {
            tie = TIES.get(lower.substring(0, lower.length() - 1));
        }
        return Optional.ofNullable(tie);
    }
}
