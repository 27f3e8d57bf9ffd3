package dev.sourced.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The category of an award a question asks about ("worst actor", "best actress in a comedy or musical") against the
 * categories a sentence names. A sentence that names only other categories ("was named worst picture", "won the Golden
 * Globe for Best Actress in a Drama") reports another award, however many of the question's words it shares. A category
 * is its words after "best" or "worst", with "movie" and "film" spelled "picture" and the words that only join or
 * qualify them ("in a", "lead") left out; a sentence's category holding all of the asked one's words names it ("best
 * actress in a drama series" names "best actress in a drama").
 */
final class AwardCategories {
    private static final AwardCategories NONE = new AwardCategories(Set.of());

    /** An award's name, which makes "best" or "worst" in a question a category's. */
    private static final Pattern NAMES_AN_AWARD =
            Pattern.compile("(?i)\\b(?:awards?|prizes?|razzies|razzie|golden globes?"
                    + "|globes|oscars?|emmys?|grammys?|tonys|baftas?|golden raspberr(?:y|ies))\\b");
    /** "Best" or "worst" and the words after it, up to a stop, a comma or the next "best". */
    private static final Pattern CATEGORY =
            Pattern.compile("(?i)(?<![\\p{L}-])(?:best|worst)((?:\\s+(?!(?:best|worst)\\b)[\\p{L}][\\p{L}-]*){1,7})");
    /** Words that end a category's name: what follows it in a sentence, or the award it is a category of. */
    private static final Set<String> ENDS =
            Set.of(("at for to this that the with by on from of and is was were are has "
                            + "had have who which whose its their his her as after before since ever yet than prize award awards "
                            + "honor honors trophy statuette nomination nominations nod nods category categories razzie globe "
                            + "oscar emmy grammy")
                    .split(" "));
    /** Words that join or qualify a category's words and tell no category from another. */
    private static final Set<String> FILLERS = Set.of("in", "a", "an", "or", "motion", "lead", "leading", "series");

    private static final Map<String, String> SPELLINGS = Map.of("movie", "picture", "film", "picture");
    /** Words before "best" that make it an adjective of the noun after it ("the best day", "its worst floods"). */
    private static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "whose");
    /** Nouns after a category that make it one after a determiner: "the worst picture prize". */
    private static final Set<String> AWARD_NOUNS = Set.of("prize", "award", "honor", "trophy", "category", "razzie");

    private final Set<String> asked;

    private AwardCategories(Set<String> asked) {
        this.asked = asked;
    }

    /** The category {@code question} asks about, when it names an award and a category of it; else none. */
    static AwardCategories askedIn(String question) {
        if (!NAMES_AN_AWARD.matcher(question).find()) {
            return NONE;
        }
        List<Set<String>> categories = in(question);
        return categories.isEmpty() ? NONE : new AwardCategories(categories.getFirst());
    }

    /** Whether {@code sentence} names a category of an award and none that is the asked one. */
    boolean contradictedBy(String sentence) {
        if (asked.isEmpty()) {
            return false;
        }
        List<Set<String>> named = in(sentence);
        return !named.isEmpty() && named.stream().noneMatch(c -> c.containsAll(asked));
    }

    /** The categories {@code text} names, each as its words, in order. */
    static List<Set<String>> in(String text) {
        List<Set<String>> categories = new ArrayList<>();
        Matcher m = CATEGORY.matcher(text);
        while (m.find()) {
            List<String> words = List.of(m.group(1).strip().split("\\s+"));
            Set<String> category = new java.util.LinkedHashSet<>();
            int end = 0;
            while (end < words.size() && !ENDS.contains(words.get(end).toLowerCase(Locale.ROOT))) {
                String word = words.get(end).toLowerCase(Locale.ROOT);
                if (!FILLERS.contains(word)) {
                    category.add(SPELLINGS.getOrDefault(word, word));
                }
                end++;
            }
            boolean named = end < words.size()
                    && AWARD_NOUNS.contains(Words.base(words.get(end)).replaceAll("s$", ""));
            String before = Words.adjacentBefore(text, m.start());
            boolean adjective = before != null
                    && (DETERMINERS.contains(before.toLowerCase(Locale.ROOT)) || Names.isPossessive(before));
            if (!category.isEmpty() && (!adjective || named)) {
                categories.add(Set.copyOf(category));
            }
        }
        return categories;
    }
}
