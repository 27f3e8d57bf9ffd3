package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgesTest {
    /** Each row: a sentence, a number in it, whether the sentence writes the number as someone's age. */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            'He beat a 16-year-old in the final.'          | 16 | true
            'She is 32 years old.'                         | 32 | true
            'He died aged 81.'                             | 81 | true
            'Judge Judith Sheindlin, 81, said so.'         | 81 | true
            'At least 12 people died.'                     | 12 | false
            'The team, 12, won.'                           | 12 | false
            'The team won 12, a record.'                   | 12 | false
            """)
    void aNumberIsAnAgeByHowItIsWritten(String sentence, String number, boolean age) {
        int at = sentence.indexOf(number);
        assertEquals(age, Ages.isAge(sentence, new Phrase(at, at + number.length(), number)));
    }

    /** Each row: a question, whether it asks how old someone is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How old was the pope when he died?            | true
            At what age did she retire?                   | true
            How many people died in the storm?            | false
            How old is the oldest tree?                   | true
            What time of day did the plane land?          | false
            """)
    void aQuestionAsksAnAgeByHowOldOrWhatAge(String question, boolean asked) {
        assertEquals(asked, Ages.asked(question));
    }
}
