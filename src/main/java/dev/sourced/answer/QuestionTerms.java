package dev.sourced.answer;

import dev.sourced.retrieval.Vocabulary;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final Vocabulary vocabulary;
    private final Set<String> functionTerms;

    public QuestionTerms(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.functionTerms = Set.copyOf(vocabulary.terms(FUNCTION_WORDS));
    }

    /** Distinct informative terms of {@code question} with their idf. */
    public Map<String, Double> weighted(String question) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String term : vocabulary.terms(question)) {
            if (!functionTerms.contains(term)) {
                weights.computeIfAbsent(term, vocabulary::idf);
            }
        }
        return weights;
    }

    public Set<String> termsOf(String text) {
        return vocabulary.terms(text).stream().collect(Collectors.toSet());
    }

    /** The idf-weighted share of the question's terms found in {@code present}: 1 when all are there. */
    public static double coverage(Map<String, Double> question, Collection<String> present) {
        double total = question.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            return 0;
        }
        double found = question.entrySet().stream().filter(e -> present.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
        return found / total;
    }

    public static List<String> missing(Map<String, Double> question, Collection<String> present) {
        return question.keySet().stream().filter(t -> !present.contains(t)).toList();
    }
}
