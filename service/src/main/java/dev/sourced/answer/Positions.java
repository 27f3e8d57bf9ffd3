package dev.sourced.answer;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Positions a person holds ("chief executive", "ambassador", "spokeswoman"), which news writes beside the holder's
 * name ("Michael Hogue, the association's chief executive officer"). A question that asks who holds one ("Who is the
 * chief executive of Masimo?") is answered only by a sentence that writes it, in one of its spellings: a sentence that
 * names another person near the company's name does not say who holds the post. Nouns for what someone did ("winner",
 * "founder") are no positions: news writes the deed ("won", "founded").
 */
final class Positions {
    /**
     * Each position with the others a question may mean by it: a body's head is its president, chief executive,
     * chairman or commissioner as the body names the post ("Who is the president of the NFL?" is answered by its
     * commissioner).
     */
    private static final List<List<String>> SPELLINGS = List.of(
            List.of(
                    "executive",
                    "ceo",
                    "president",
                    "chairman",
                    "chairwoman",
                    "chair",
                    "chairperson",
                    "commissioner",
                    "chief",
                    "head",
                    "leader"),
            List.of("spokesman", "spokeswoman", "spokesperson"),
            List.of("ambassador"),
            List.of("judge", "justice", "magistrate"),
            List.of("minister"),
            List.of("secretary"),
            List.of("governor"),
            List.of("mayor"),
            List.of("commander"),
            List.of("coach"),
            List.of("manager"),
            List.of("captain"),
            List.of("editor"),
            List.of("prosecutor"),
            List.of("chancellor"),
            List.of("treasurer"),
            List.of("superintendent"),
            List.of("sheriff"));

    /** Words that make a role another post than its head's: a deputy prime minister is not the prime minister. */
    private static final Set<String> RANKS =
            Set.of("deputy", "vice", "assistant", "associate", "acting", "interim", "lieutenant", "co");

    private Positions() {}

    /** The words of {@code role} that make it another post than its head's ("deputy" of "deputy prime minister"). */
    static List<String> ranks(Collection<String> role) {
        return role.stream().filter(RANKS::contains).toList();
    }

    /** The spellings of the position {@code noun} names ("executive": "executive", "CEO"), or empty for no position. */
    static List<String> spellings(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return SPELLINGS.stream()
                .filter(group -> group.stream().anyMatch(p -> Words.sameWord(p, lower)))
                .findFirst()
                .orElse(List.of());
    }

    /** Whether {@code text} writes every one of {@code ranks} ("Deputy Prime Minister Richard Marles"). */
    static boolean writesAll(String text, List<String> ranks) {
        return ranks.stream().allMatch(rank -> writes(text, List.of(rank)));
    }

    /** Whether {@code text} writes the position in one of {@code spellings}. */
    static boolean writes(String text, List<String> spellings) {
        return Words.of(text).stream().anyMatch(w -> spellings.stream().anyMatch(p -> Words.sameWord(w.text(), p)));
    }
}
