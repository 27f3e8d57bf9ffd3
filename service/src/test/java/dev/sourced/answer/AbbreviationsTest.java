package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbbreviationsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The U.S. and the EU met.                      | US EU
            The Professional Darts Corporation final.     | PDC
            The Environmental Protection Agency said so.  | EPA
            The United States EPA said so.                | US USE
            """)
    void abbreviationsAreWrittenOrImpliedByNames(String text, String expected) {
        Abbreviations abbreviations = Abbreviations.of(text);
        for (String a : expected.split(" ")) {
            assertEquals(true, abbreviations.contains(a), a + " in " + abbreviations);
        }
    }

    /**
     * Each row: a text, a one-word name of a question, whether the text abbreviates it. A word in capitals without
     * periods is matched as a word, not by the start of a longer name.
     */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The US said so.                               | U.S. | true
            The Professional Darts Corporation final.     | PDC  | true
            The NFL Players Association said so.          | NFL  | false
            The U.S. said so.                             | US   | false
            """)
    void aQuestionsNameIsMetByItsAbbreviation(String text, String word, boolean abbreviated) {
        assertEquals(abbreviated, Abbreviations.of(text).abbreviates(word));
    }

    /** Each row: the words of a name, its initials. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            United States                  | US
            Environmental Protection Agency | EPA
            Congress                       | ''
            """)
    void aNameOfSeveralWordsHasInitials(String name, String initials) {
        assertEquals(initials, Abbreviations.initials(List.of(name.split(" "))));
    }
}
