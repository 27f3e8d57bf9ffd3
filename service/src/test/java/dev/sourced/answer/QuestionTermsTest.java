package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourced.retrieval.ArticleSentences;
import dev.sourced.retrieval.Search;
import dev.sourced.retrieval.Vocabulary;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionTermsTest {
    /** Lower-cased words, each of idf 1; counts how often it is asked for idf. */
    private static final class CountingVocabulary implements Vocabulary {
        int idfCalls;

        @Override
        public List<String> terms(String text) {
            return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+"))
                    .filter(t -> !t.isEmpty())
                    .toList();
        }

        @Override
        public Map<String, Double> idf(Collection<String> terms) {
            idfCalls++;
            Map<String, Double> idf = new LinkedHashMap<>();
            terms.forEach(t -> idf.put(t, 1.0));
            return idf;
        }
    }

    private final CountingVocabulary vocabulary = new CountingVocabulary();
    private final QuestionTerms questionTerms = new QuestionTerms(vocabulary);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            owns      | owner     | true
            operates  | operator  | true
            leads     | leader    | true
            owns      | tenant    | false
            """)
    void aVerbIsMetByItsAgentNoun(String verb, String noun, boolean met) {
        QuestionTerms english = EvenGenerators.englishTerms();
        Set<String> asked = new HashSet<>(english.termsOf(verb));
        asked.addAll(english.agentNounTermsOf(asked));
        assertEquals(met, QuestionTerms.anyFound(asked, english.termsOf(noun)));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            lead      | president | true
            runs      | CEO       | false
            heads     | chairman  | true
            owns      | president | false
            leads     | member    | false
            """)
    void aVerbOfHeadingABodyIsMetByItsHeadsTitle(String verb, String title, boolean met) {
        QuestionTerms english = EvenGenerators.englishTerms();
        Set<String> asked = english.termsOf(verb);
        assertEquals(met, QuestionTerms.anyFound(english.headTitleTermsOf(asked), english.termsOf(title)));
    }

    @Test
    void termsTheSearchCountedAreWeighedAsItCountedThemWithoutAskingAgain() {
        Map<String, Double> weights =
                questionTerms.weighted("Who counted quokkas?", Map.of("who", 9.0, "counted", 2.0, "quokkas", 3.0));
        assertEquals(Map.of("counted", 2.0, "quokkas", 3.0), weights, "question words carry no weight");
        assertEquals(0, vocabulary.idfCalls);
    }

    @Test
    void anAnswerWeighsTheQuestionByTheIdfItsSearchCountedWithoutAskingTheVocabulary() {
        ExtractiveAnswerGenerator generator = new ExtractiveAnswerGenerator(
                questionTerms, EvenGenerators.POLICY, ArticleSentences.none(), EvenGenerators.CLOSE_TO_NOTHING);
        // A time word, an ordinal and an abbreviated month, which the answer reads written out; then an overview,
        // which weighs the words of its focus.
        for (String question : List.of(
                "Who won the vote on Aug. 15th this week?",
                "What is China's position on the war in Ukraine since Aug. 15th?")) {
            Map<String, Double> counted = new LinkedHashMap<>();
            vocabulary
                    .distinctTerms(question, QuestionTerms.weighedText(question))
                    .forEach(term -> counted.put(term, 2.0));
            generator.generate(new Search.Result(question, new float[] {1, 0}, List.of(), null, counted));
        }
        assertEquals(0, vocabulary.idfCalls);
    }

    /**
     * Each row: a question, its weighed terms (this vocabulary keeps every word): a quantity's words before its noun are
     * not the question's topic.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Which movie won a number of the major categories?  | movie won the major categories
            Which states sued over a handful of new laws?      | states sued over new laws
            Lots of fans cheered which team?                   | fans cheered team
            What was the number of deaths?                     | deaths
            Who led the Group of Seven?                        | led the group of seven
            Who is the host of the Golden Globes?              | the host of golden globes
            A NUMBER OF fans cheered which team?               | fans cheered team
            """)
    void aQuantitysWordsBeforeItsNounWeighNothing(String question, String expected) {
        assertEquals(
                List.of(expected.split(" ")),
                List.copyOf(questionTerms.weighted(question, Map.of()).keySet()));
    }

    @Test
    void whenTheSearchCountedSomeTermsOnlyTheVocabularyCountsThemAll() {
        Map<String, Double> weights = questionTerms.weighted("Who counted quokkas?", Map.of("counted", 2.0));
        assertEquals(Map.of("counted", 1.0, "quokkas", 1.0), weights);
        assertEquals(1, vocabulary.idfCalls);
    }
}
