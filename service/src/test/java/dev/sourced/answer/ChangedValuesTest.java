package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangedValuesTest {
    /** Each row: a sentence, a value in it, the asking sentence, whether a change the sentence reports started from it. */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The cost will likely climb from $5,000 to $5 million.   | $5,000     | How much would it cost to move up?    | true
            The cost will likely climb from $5,000 to $5 million.   | $5 million | How much would it cost to move up?    | false
            It grew from 55.7% in 2015 to 71.6% last year.          | 55.7%      | What share did he get last year?      | true
            It grew from 55.7% in 2015 to 71.6% last year.          | 55.7%      | What share did he get in 2015?        | false
            It grew from 55.7% in 2015 to 71.6% last year.          | 71.6%      | What share did he get last year?      | false
            Prices fell sharply from about 40 cents, to nearly 30 cents. | 40    | How much does it cost?                | true
            The rate fell from 4.1% in January to 3.9% in March.   | 4.1%       | What was the rate in January?         | false
            Tickets range from $25 to $150.                         | $25        | How much do tickets cost?             | false
            Fans came from 12 states to see the game.               | 12         | How many fans came?                   | false
            The fee rose from $5, the rate set in 2019.             | $5         | How much is the fee?                  | false
            The fee rose from $5 Tuesday to $7.                     | $5         | How much is the fee?                  | false
            """)
    void theValueAChangeStartsFromIsTold(String sentence, String value, String asking, boolean starts) {
        int start = sentence.indexOf(value);
        assertEquals(
                starts,
                ChangedValues.startsAChange(sentence, Phrase.of(sentence, start, start + value.length()), asking));
    }

    /** Each row: a question, whether it asks the value before a change or now. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How much will it cost to move up to the FBS?                        | false
            How much did it cost to move up before the fee increase?            | true
            From what level did the rate climb?                                 | true
            What was the previous record?                                       | true
            What is the federal minimum wage currently?                         | true
            How many cities will have a $15 minimum wage next year?             | false
            What was the old price of the ticket?                               | true
            How old is Sununu?                                                  | false
            How old was the shooter?                                            | false
            How many years old was the building?                                | false
            The redwood was how  many years old?                                | false
            """)
    void aQuestionAsksTheEarlierValueByItsWords(String question, boolean earlier) {
        assertEquals(earlier, ChangedValues.asksEarlierValue(question));
    }
}
