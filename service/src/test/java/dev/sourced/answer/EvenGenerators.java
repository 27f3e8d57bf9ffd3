package dev.sourced.answer;

import dev.sourced.retrieval.ArticleSentences;
import dev.sourced.retrieval.TermAnalysis;
import dev.sourced.retrieval.Vocabulary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The extractive generator for tests on small hand-made evidence: the service's analyser, every term weighing the
 * same (idf 1), and the policy's weights and thresholds as configured by default.
 */
final class EvenGenerators {
    private static final TermAnalysis ANALYSIS = new TermAnalysis(new EnglishAnalyzer());
    private static final Vocabulary EVEN = new Vocabulary() {
        @Override
        public List<String> terms(String text) {
            return ANALYSIS.terms(text);
        }

        @Override
        public Map<String, Double> idf(Collection<String> terms) {
            return terms.stream().distinct().collect(Collectors.toMap(Function.identity(), t -> 1.0));
        }
    };

    /** The policy's weights and thresholds as configured by default. */
    static final EvidencePolicy POLICY = DefaultEvidencePolicy.configured();
    /** A question's vector close in meaning to no sentence: only the question's words carry what it asks. */
    static final Function<String, float[]> CLOSE_TO_NOTHING = question -> new float[0];

    private EvenGenerators() {}

    /** The question's terms as the English analyser stems them, each of idf 1. */
    static QuestionTerms englishTerms() {
        return new QuestionTerms(EVEN);
    }

    static ExtractiveAnswerGenerator extractive() {
        return extractive(ArticleSentences.none());
    }

    /** The extractive generator, reading an article's other sentences through {@code articleSentences}. */
    static ExtractiveAnswerGenerator extractive(ArticleSentences articleSentences) {
        return extractive(articleSentences, CLOSE_TO_NOTHING);
    }

    /** The extractive generator, embedding (parts of) questions with {@code embedQuestion}. */
    static ExtractiveAnswerGenerator extractive(
            ArticleSentences articleSentences, Function<String, float[]> embedQuestion) {
        return new ExtractiveAnswerGenerator(new QuestionTerms(EVEN), POLICY, articleSentences, embedQuestion);
    }
}
