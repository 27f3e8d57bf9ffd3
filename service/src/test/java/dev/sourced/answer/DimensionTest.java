package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DimensionTest {
    /** Each row: a question, the dimension it asks a number in ("-" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            For how long has the FTC barred Rite Aid?          | LENGTH_OR_TIME
            How long is the new bridge?                        | LENGTH_OR_TIME
            How deep did the earthquake strike?                | LENGTH
            How far did the plane fly before it turned back?   | LENGTH
            How many people died?                              | -
            How old is the singer?                             | -
            How long ago did the Titanic sink?                 | -
            """)
    void aQuestionAsksANumberInADimension(String question, Dimension dimension) {
        assertEquals(Optional.ofNullable(dimension), Dimension.askedBy(question));
    }

    /** Each row: a dimension, a sentence, its number, the number with its unit ("-" when it has none). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            LENGTH_OR_TIME | The ban lasts five years, the FTC said.                | five   | five years
            LENGTH_OR_TIME | She will stay in hospital for 10 to 14 days.           | 10     | 10 to 14 days
            LENGTH_OR_TIME | The scans were in use between 2012 and 2020.           | 2012   | -
            LENGTH_OR_TIME | It stopped using the scans more than three years ago.  | three  | -
            LENGTH_OR_TIME | It is 3-mile-long, the longest in the state.           | 3      | 3-mile
            LENGTH         | The quake struck about 11 miles deep.                  | 11     | 11 miles
            LENGTH         | The plane climbed to 16,000 feet.                      | 16,000 feet | 16,000 feet
            LENGTH         | The magnitude 6.4 quake struck near Eureka.            | 6.4    | -
            LENGTH         | The ban lasts five years.                              | five   | -
            """)
    void aNumberMeasuresWithAUnitOfTheDimension(Dimension dimension, String sentence, String number, String measured) {
        int start = sentence.indexOf(number);
        Phrase span = Phrase.of(sentence, start, start + number.length());
        assertEquals(
                Optional.ofNullable(measured),
                dimension.measured(sentence, span).map(Phrase::text));
    }
}
