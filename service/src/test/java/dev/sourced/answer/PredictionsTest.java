package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredictionsTest {
    /** Each row: a sentence, a figure in it, whether the words before it in its clause foresee it. */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The weather service predicts as many as 10 inches of rain could drop.   | 10 inches | true
            A crowd expected to top 70,000 will fill the stadium.                   | 70,000    | true
            Queen Margrethe will strip four of her grandchildren of their titles.   | four      | false
            Portland recorded 4.5 inches of rain on Saturday.                       | 4.5 inches | false
            Forecasters said the storm dropped 10 inches on the coast.              | 10 inches | false
            Though rain was forecast, the city got 2 inches.                        | 2 inches  | false
            Rain in May totaled 10 inches.                                          | 10 inches | false
            Forecasters had predicted 10 inches but Portland recorded 4.5 inches.   | 4.5 inches | false
            The suspect could face 20 years for killing 3 people.                   | 3 people  | false
            As many as 30 people may have died in the fire.                         | 30 people | false
            Two projects totaling 300 homes were completed.                         | 300 homes | false
            The city may get 10 inches by Friday.                                   | 10 inches | true
            """)
    void aFigureAfterAModalOrAVerbOfPredictingInItsClauseIsForeseen(String sentence, String figure, boolean predicted) {
        int start = sentence.indexOf(figure);
        assertEquals(predicted, Predictions.predicted(sentence, Phrase.of(sentence, start, start + figure.length())));
    }

    /** Each row: an asking sentence, whether it asks what happened rather than what was foreseen. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How much rain did Portland actually record?                         | true
            How many people were killed in the storm?                           | true
            How much rain was Portland forecast to get?                         | false
            How many named storms does the forecast call for?                   | false
            How much will the project cost?                                     | false
            How many people attend the festival each year?                      | false
            Roughly how many employees are affected?                            | false
            How many people were killed in May?                                 | true
            How many people are set to attend next year?                        | false
            """)
    void aQuestionInThePastAsksWhatHappened(String asking, boolean happened) {
        assertEquals(happened, Predictions.asksWhatHappened(asking));
    }
}
