package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerValueTest {
    /** Each row: the asked-for type, two answer phrases, whether they can state the same fact. */
    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            COUNT   | 64                  | sixty-four          | true
            COUNT   | 24                  | two dozen           | true
            DATE    | 5 a.m.              | 5 p.m.              | false
            DATE    | 5 p.m.              | 5 p.m.              | true
            DATE    | 8:30 a.m.           | 9:30 a.m.           | false
            COUNT   | 64                  | 71                  | false
            COUNT   | two hundred fifty   | 250                 | true
            COUNT   | 1,200               | 1200                | true
            COUNT   | 4,800               | four thousand eight hundred | true
            AMOUNT  | $2 billion          | $2,000,000,000      | true
            AMOUNT  | $35                 | $35.00              | true
            AMOUNT  | $35                 | $40                 | false
            PERCENT | 70%                 | 70 percent          | true
            PERCENT | 70%                 | 7%                  | false
            SCORE   | 84-82               | 82-84               | true
            SCORE   | 84-82               | 88-85               | false
            DATE    | Feb. 24             | February 24         | true
            DATE    | Feb. 24             | February 24, 2022   | true
            DATE    | Feb. 24             | Feb. 25             | false
            DATE    | Feb. 24, 2022       | February 24, 2023   | false
            DATE    | Monday              | Monday              | true
            PERSON  | Humphries           | Luke Humphries      | true
            PERSON  | Luke Humphries      | Luke Littler        | false
            NAME    | Lions               | Detroit Lions       | true
            NAME    | Alaska Airlines     | United Airlines     | false
            PLACE   | Des Moines          | Iowa                | false
            """)
    void twoWordingsOfOneValueAgree(AnswerType type, String a, String b, boolean agree) {
        assertEquals(agree, AnswerValue.of(type, a).agreesWith(AnswerValue.of(type, b)));
        assertEquals(agree, AnswerValue.of(type, b).agreesWith(AnswerValue.of(type, a)), "agreement is symmetric");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sixty-four          | 64
            $2.5 million        | 2500000
            three thousand      | 3000
            two dozen           | 24
            four thousand eight hundred | 4800
            two million three hundred thousand | 2300000
            twenty-one points   | 21
            84–82               | 84;82
            """)
    void numbersAreReadInDigitsOrWords(String phrase, String expected) {
        assertEquals(
                List.of(expected.split(";")),
                AnswerValue.numbers(phrase).stream()
                        .map(BigDecimal::toPlainString)
                        .toList());
    }

    @org.junit.jupiter.api.Test
    void aPhraseWithoutNumbersHasNone() {
        assertEquals(List.of(), AnswerValue.numbers("none at all"));
    }
}
