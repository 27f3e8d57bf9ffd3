package dev.sourced.answer;

import dev.sourced.retrieval.Search;
import dev.sourced.retrieval.Vocabulary;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The informative words of a question, each weighted by its idf, and how much of that information a piece of text
 * contains. Question words and light verbs ("what", "did", "say", "give") are left out: they carry no topic.
 */
public final class QuestionTerms {
    private static final String FUNCTION_WORDS = "what which who whom whose when where why how many much did do "
            + "does done doing is are was were be been being has have had say says said tell tells told give gives "
            + "gave given make makes made get got take took go went come came can could would should will shall may "
            + "might must any some all about according there here also";

    /**
     * A quantity's words before its noun ("a number of the major categories", "a handful of states"): they say how
     * many, not what about, and news writes the same fact without them ("took several of the biggest categories").
     */
    private static final Pattern QUANTITY_WORDS = Pattern.compile("(?i)\\ban?\\s+(?:number|lot|couple|handful|host|"
            + "variety|majority|bunch|total|dozen|slew|raft)\\s+of\\b|\\bthe\\s+number\\s+of\\b|\\blots\\s+of\\b");

    private static final int MIN_STEM_PREFIX = 5;
    private static final Pattern ORDINAL = Pattern.compile("(?=\\d)\\b(\\d+)(?:st|nd|rd|th)\\b");
    /** Verbs for heading a body. */
    private static final String HEADING_VERBS = "lead leads head heads chair chairs";
    /** The titles of a body's head. */
    private static final String HEADS_TITLES = "president chairman chairwoman chair chief ceo director leader head";
    /** Verbs that ask what was paid for a thing: "How much did it pay for the corridor?". */
    private static final String PAYING_VERBS = "pay paid pays";
    /**
     * The words of a sale that say what was paid as well: "purchased the corridor for $7.8 million", "sold for $2
     * million"; not "selling", which tells of a sale planned or under way ("selling works of art to retire a $19.8
     * million debt").
     */
    private static final String SALE_WORDS =
            "purchase purchased purchases buy buys bought acquire acquired acquires sold price priced";

    private final Vocabulary vocabulary;
    private final Set<String> functionTerms;

    public QuestionTerms(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.functionTerms = Set.copyOf(vocabulary.terms(FUNCTION_WORDS));
    }

    /**
     * Distinct informative terms of {@code question} with their idf: as {@code counted} gives them (by the search
     * that found the passages) when it has them all, else as the vocabulary counts them now.
     */
    public Map<String, Double> weighted(String question, Map<String, Double> counted) {
        Set<String> informative = new LinkedHashSet<>(vocabulary.terms(normalised(withoutQuantityWords(question))));
        informative.removeAll(functionTerms);
        if (!counted.keySet().containsAll(informative)) {
            return vocabulary.idf(informative);
        }
        Map<String, Double> idf = new LinkedHashMap<>();
        informative.forEach(term -> idf.put(term, counted.get(term)));
        return idf;
    }

    /**
     * The text whose terms an answer to {@code question} weighs: the question less its time words and a quantity's
     * words ({@link #withoutQuantityWords}), written out as
     * {@link #normalised}. The search counts their idf with its hits ({@link Search#search(String, String, int,
     * dev.sourced.retrieval.Mode, dev.sourced.retrieval.Period)}), so that weighing them asks the index nothing.
     */
    public static String weighedText(String question) {
        return normalised(withoutQuantityWords(Recency.withoutTimeWords(question)));
    }

    /** {@code question} without a quantity's words before its noun: "a number of the categories" weighs "categories". */
    static String withoutQuantityWords(String question) {
        return QUANTITY_WORDS.matcher(question).replaceAll(" ");
    }

    public Set<String> termsOf(String text) {
        return vocabulary.terms(normalised(text)).stream().collect(Collectors.toSet());
    }

    /**
     * The terms of the agent nouns of verbs' {@code stems} ("owner" of "own"): a short stem is no prefix of its agent
     * noun's, by which {@link #anyFound} would meet it.
     */
    Set<String> agentNounTermsOf(Set<String> stems) {
        return termsOf(stems.stream().map(stem -> stem + "er " + stem + "or").collect(Collectors.joining(" ")));
    }

    /**
     * The terms of the titles of a body's head, when verbs' {@code stems} say heading one ("Which group does Fitton
     * lead?"): a story tells it by the title ("Tom Fitton, president of the conservative group Judicial Watch").
     */
    Set<String> headTitleTermsOf(Set<String> stems) {
        Set<String> heading = termsOf(HEADING_VERBS);
        return stems.stream().anyMatch(heading::contains) ? termsOf(HEADS_TITLES) : Set.of();
    }

    /**
     * The terms of the words of a sale, when verbs' {@code stems} ask what was paid ("How much did it pay for the
     * corridor?"): a story tells it by the sale ("purchased the corridor for $7.8 million").
     */
    Set<String> saleTermsOf(Set<String> stems) {
        Set<String> paying = termsOf(PAYING_VERBS);
        return stems.stream().anyMatch(paying::contains) ? termsOf(SALE_WORDS) : Set.of();
    }

    /**
     * One spelling for what news writes two ways, so "August 15th" in a question meets "Aug. 15" in a story: ordinals
     * as their number, months in full.
     */
    static String normalised(String text) {
        return Months.writtenInFull(hasDigit(text) ? ORDINAL.matcher(text).replaceAll("$1") : text);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The idf-weighted share of the question's terms found in {@code present}: 1 when all are there. */
    public static double coverage(Map<String, Double> question, Collection<String> present) {
        double total =
                question.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            return 0;
        }
        double found = question.entrySet().stream()
                .filter(e -> found(e.getKey(), present))
                .mapToDouble(Map.Entry::getValue)
                .sum();
        return found / total;
    }

    /**
     * How well a sentence reads as evidence: the share of the question's names found in its context (the passage and
     * the title, where a story names its subject once) times the share of the rest of the question, its relation
     * ("call on all parties", "won"), found around the sentence itself. A sentence that only repeats the names
     * scores low; so does one with the relation about someone else.
     *
     * @param entityTerms the terms of the question's names
     */
    public static double evidenceCoverage(
            Map<String, Double> question,
            Set<String> entityTerms,
            Collection<String> context,
            Collection<String> window) {
        Map<String, Double> entities = new java.util.HashMap<>();
        Map<String, Double> relation = new java.util.HashMap<>();
        question.forEach((term, idf) -> (entityTerms.contains(term) ? entities : relation).put(term, idf));
        double entityShare = entities.isEmpty() ? 1 : coverage(entities, context);
        double relationShare = relation.isEmpty() ? 1 : coverage(relation, window);
        return entityShare * relationShare;
    }

    /** Whether any of {@code terms} is found in {@code present}, as itself or a longer form of its stem. */
    public static boolean anyFound(Collection<String> terms, Collection<String> present) {
        return terms.stream().anyMatch(term -> found(term, present));
    }

    /**
     * A term is found as itself or as a longer form of the same stem: the stemmer leaves "ukrain" and "ukrainian",
     * "russia" and "russian" apart, yet a question about Ukraine is answered by "the Ukrainian foreign minister".
     */
    private static boolean found(String term, Collection<String> present) {
        if (present.contains(term)) {
            return true;
        }
        for (String p : present) {
            String shorter = p.length() < term.length() ? p : term;
            String longer = shorter == p ? term : p;
            if (shorter.length() >= MIN_STEM_PREFIX && longer.startsWith(shorter)) {
                return true;
            }
        }
        return false;
    }
}
