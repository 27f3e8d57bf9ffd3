package dev.sourced.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortAnswerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Luke Humphries. — “Luke Humphries beat Luke Littler 7-4.” [1]                      | Luke Humphries
            As of 10 January 2024, Alaska Airlines. — “A hole blew out of an Alaska Airlines plane.” [1] | Alaska Airlines
            As of 2 November 2023, 118 mph. — “Winds of up to 118 mph battered France.” [1]     | 118 mph
            Winter’s bare trees make people ache for summer. [1] The sooner you book, the better. [2] | -
            The sources disagree. 31 (reported 2023-11-29): “Rite Aid is shuttering 31 stores.” [1] | -
            The articles do not say. None of the indexed passages answers this question.         | -
            """)
    void theLeadingPhraseIsReadBeforeTheFirstQuote(String text, String expected) {
        assertEquals(expected, ShortAnswer.of(text).orElse(null));
    }
}
