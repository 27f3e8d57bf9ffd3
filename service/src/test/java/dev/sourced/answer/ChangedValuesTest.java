package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangedValuesTest {
    /** Each row: a sentence, a value in it, whether a change the sentence reports started from it. */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The cost will likely climb from $5,000 to $5 million.              | $5,000      | true
            The cost will likely climb from $5,000 to $5 million.              | $5 million  | false
            It grew from 55.7% in 2015 to 71.6% last year.                     | 55.7%       | true
            It grew from 55.7% in 2015 to 71.6% last year.                     | 71.6%       | false
            Prices fell from about 40 cents, to nearly 30 cents.               | 40          | true
            Fans came from 12 states to see the game.                          | 12          | false
            The fee rose from $5, the rate set in 2019.                        | $5          | false
            Sales rose to $5 million from $4 million.                          | $4 million  | false
            """)
    void theValueAChangeStartsFromIsTold(String sentence, String value, boolean starts) {
        int start = sentence.indexOf(value);
        assertEquals(starts, ChangedValues.startsAChange(sentence, Phrase.of(sentence, start, start + value.length())));
    }

    /** Each row: a question, whether it asks the value before a change. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How much will it cost to move up to the FBS?                        | false
            How much did it cost to move up before the fee increase?            | true
            From what level did the rate climb?                                 | true
            What was the previous record?                                       | true
            How many cities will have a $15 minimum wage next year?             | false
            """)
    void aQuestionAsksTheEarlierValueByItsWords(String question, boolean earlier) {
        assertEquals(earlier, ChangedValues.asksEarlierValue(question));
    }
}
