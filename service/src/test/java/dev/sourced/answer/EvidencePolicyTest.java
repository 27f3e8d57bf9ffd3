package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidencePolicyTest {
    /**
     * Each row: the share of the question's information in the best sentence's passage, the sentence's score, whether
     * that is evidence enough to answer (with the defaults of {@code sourced.answer.extractive}).
     */
    @ParameterizedTest(name = "context {0}, score {1}")
    @CsvSource(textBlock = """
            0.50, 0.30, true
            0.80, 0.29, false
            0.49, 0.69, false
            0.49, 0.70, true
            0.35, 0.84, true
            0.34, 0.95, false
            0.20, 0.90, false
            """)
    void aStrongSentenceMayAnswerFromAPassageHoldingLessOfTheQuestion(
            double contextCoverage, double score, boolean supports) {
        assertEquals(supports, EvenGenerators.POLICY.supports(contextCoverage, score));
    }

    @org.junit.jupiter.api.Test
    void aStrongSentencesBarIsNeverHigherOnThePassageNorLowerOnTheScore() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new EvidencePolicy(0.6, 0.4, 0.1, 0.5, 0.3, 0.7, 0.6, 0.2, 0.1, 0.65));
        assertThrows(
                IllegalArgumentException.class,
                () -> new EvidencePolicy(0.6, 0.4, 0.1, 0.5, 0.3, 0.2, 0.35, 0.2, 0.1, 0.65));
    }
}
