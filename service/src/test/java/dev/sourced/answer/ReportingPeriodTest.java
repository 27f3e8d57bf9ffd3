package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodTest {
    /** Each row: a question, whether it asks a figure for a whole year and for no part of one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How much did Jakafi bring in in net product revenue for all of 2013?  | true
            How many jobs did the economy add in 2023?                            | true
            What is the drug's annual cost?                                       | true
            How much did Apple earn in the fourth quarter of 2023?                | false
            How much did Jakafi bring in in the first half of 2013?               | false
            How much did Jakafi bring in?                                         | false
            How many people attended the 2023 festival?                           | false
            """)
    void aQuestionAsksAWholeYearsFigure(String question, boolean wholeYear) {
        assertEquals(wholeYear, ReportingPeriod.asksWholeYear(question));
    }

    /** Each row: a sentence, whether it reports its figures for a part of a year. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Third-quarter results included Jakafi sales of $60.2 million.          | true
            Sales for the first nine months reached $162 million.                 | true
            Revenue in the first half rose 4%.                                    | true
            Total revenue for the quarter was $85.1 million.                      | true
            A quarter of Americans saw a rise of 4%.                              | false
            Jakafi sales for the year reached $235 million.                       | false
            He was sentenced to six months in prison and fined $5,000.            | false
            """)
    void aSentenceReportsForAPartOfAYear(String sentence, boolean part) {
        assertEquals(part, ReportingPeriod.reportsPartOfYear(sentence));
    }
}
