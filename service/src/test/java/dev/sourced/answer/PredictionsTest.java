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
            On May 5, 10 inches fell on the city.                                   | 10 inches | false
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
            """)
    void aQuestionInThePastAsksWhatHappened(String asking, boolean happened) {
        assertEquals(happened, Predictions.asksWhatHappened(asking));
    }
}
