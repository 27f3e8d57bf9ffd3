package dev.sourced.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The categories of an award a question asks about ("worst actor", "best actress in a comedy or musical") against the
 * ones a sentence names. A sentence that names only other categories ("was named worst picture", "won the Golden Globe
 * for Best Actress in a Drama") reports another award, however many of the question's words it shares; so does a
 * sentence that refers back ("She also took home…") after one that does. A category is its words after "best" or
 * "worst", with "movie" and "film" spelled "picture" and the words that only join or qualify them ("in a", "lead")
 * left out. The question's category is read strictly, from its asking sentence, and a sentence's loosely, across
 * commas, dashes and brackets to its clause's end: a sentence's category that holds all the asked one's words names it
 * ("best actress in a motion picture – drama" names "best actress in a drama"; "best picture, director and actor"
 * names "best director").
 */
final class AwardCategories {
    private static final AwardCategories NONE = new AwardCategories(List.of());

    /** An award's name, which makes "best" or "worst" in a question a category's. */
    private static final Pattern NAMES_AN_AWARD =
            Pattern.compile("(?i)\\b(?:awards?|prizes?|razzies|razzie|golden globes?"
                    + "|globes|oscars?|emmys?|grammys?|tonys|baftas?|golden raspberr(?:y|ies))\\b");
    /** "Best" or "worst" as a word of its own ("best-selling" and "career-best" are other words). */
    private static final Pattern SUPERLATIVE = Pattern.compile("(?i)(?<![\\p{L}-])(?:best|worst)(?![\\p{L}-])");
    /** What ends a sentence's category: its clause's end or the next category. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?]|(?i)(?<![\\p{L}-])(?:best|worst)(?![\\p{L}-])");

    private static final int SENTENCE_CATEGORY_WORDS = 10;
    /** How near after "best" an award's noun marks a category after a determiner ("the best actress award"). */
    private static final int AWARD_NOUN_REACH_WORDS = 4;
    /** Words that end a question's category: what follows it, or the award it is a category of. */
    private static final Set<String> ENDS =
            Set.of(("at for to this that the with by on from of and is was were are has "
                            + "had have who which whose its their his her as after before since ever yet than go went goes "
                            + "prize prizes award awards honor honors trophy statuette nomination nominations nod nods category "
                            + "categories last night tonight year")
                    .split(" "));
    /** Words that join or qualify a category's words and tell no category from another. */
    private static final Set<String> FILLERS = Set.of("in", "a", "an", "or", "motion", "lead", "leading", "series");

    private static final Map<String, String> SPELLINGS = Map.of("movie", "picture", "film", "picture");
    /** Words before "best" that make it an adjective of the noun after it ("the best day", "its worst floods", "at best"). */
    private static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "whose", "at");
    /** Nouns after a category that make it one after a determiner: "the worst picture prize", "the best actress Oscar". */
    private static final Set<String> AWARD_NOUNS = Set.of(("prize award honor trophy category razzie oscar globe emmy "
                    + "grammy bafta tony statuette nomination nod win")
            .split(" "));
    /** First words after "best" of phrases that name no category: "best known for", "best friend", "Best Buy". */
    private static final Set<String> NO_CATEGORY = Set.of(
            "known",
            "remembered",
            "suited",
            "described",
            "friend",
            "friends",
            "buy",
            "bet",
            "hit",
            "seller",
            "part",
            "way",
            "thing",
            "chance",
            "case",
            "practice",
            "practices",
            "interest",
            "interests");

    private final List<Set<String>> asked;

    private AwardCategories(List<Set<String>> asked) {
        this.asked = asked;
    }

    /** The categories {@code question} asks about, when its asking sentence names an award's categories; else none. */
    static AwardCategories askedIn(String question) {
        if (!NAMES_AN_AWARD.matcher(question).find()) {
            return NONE;
        }
        List<Set<String>> categories = categories(QuestionForm.asking(question), true);
        return categories.isEmpty() ? NONE : new AwardCategories(categories);
    }

    /**
     * Whether {@code sentence} reports another award than the asked one: it names categories of which none is an asked
     * one, or names none and refers back to {@code previous}, which does.
     */
    boolean contradictedBy(String sentence, String previous) {
        if (asked.isEmpty()) {
            return false;
        }
        List<Set<String>> named = in(sentence);
        if (named.isEmpty() && OpeningSubjects.opensWithPronoun(sentence)) {
            named = in(previous);
        }
        return !named.isEmpty() && named.stream().noneMatch(c -> asked.stream().anyMatch(c::containsAll));
    }

    /** The categories a sentence names, each as its words, in order. */
    static List<Set<String>> in(String sentence) {
        return categories(sentence, false);
    }

    /**
     * The categories of {@code text}: strictly, a question's (lower-case words up to one that ends a category, "in" only
     * before "a" or "an"), or loosely, a sentence's (up to ten words to its clause's end, capitalised or not).
     */
    private static List<Set<String>> categories(String text, boolean strict) {
        List<Set<String>> categories = new ArrayList<>();
        Matcher superlative = SUPERLATIVE.matcher(text);
        while (superlative.find()) {
            Matcher end = CLAUSE_END.matcher(text).region(superlative.end(), text.length());
            String rest = text.substring(superlative.end(), end.find() ? end.start() : text.length());
            List<String> words = Words.of(rest).stream()
                    .map(Phrase::text)
                    .limit(SENTENCE_CATEGORY_WORDS)
                    .toList();
            if (words.isEmpty() || NO_CATEGORY.contains(words.getFirst().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Set<String> category = new LinkedHashSet<>();
            boolean awardNamed = false;
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i).toLowerCase(Locale.ROOT);
                String base = Words.base(word).replaceAll("s$", "");
                if (AWARD_NOUNS.contains(base) && i < AWARD_NOUN_REACH_WORDS) {
                    awardNamed = true;
                }
                if (strict && endsAskedCategory(words, i)) {
                    break;
                }
                if (!FILLERS.contains(word) && !AWARD_NOUNS.contains(base)) {
                    category.add(SPELLINGS.getOrDefault(word, word));
                }
            }
            String before = Words.adjacentBefore(text, superlative.start());
            boolean adjective = before != null
                    && (DETERMINERS.contains(before.toLowerCase(Locale.ROOT)) || Names.isPossessive(before));
            if (!category.isEmpty() && (!adjective || awardNamed)) {
                categories.add(Set.copyOf(category));
            }
        }
        return categories;
    }

    /** Whether the word at {@code i} ends a question's category: a word that follows one, a capitalised one, "in" alone. */
    private static boolean endsAskedCategory(List<String> words, int i) {
        String word = words.get(i);
        String lower = word.toLowerCase(Locale.ROOT);
        if (ENDS.contains(lower) || Words.isCapitalised(word) || Names.isWeekday(word)) {
            return true;
        }
        return lower.equals("in")
                && (i + 1 >= words.size()
                        || !Words.isArticle(words.get(i + 1))
                        || words.get(i + 1).equalsIgnoreCase("the"));
    }
}
