package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            From Thursday, Aug. 15, to Sunday, Aug. 18.  | From Thursday, August 15, to Sunday, August 18.
            Sept. 3 and Sep 4                             | September 3 and September 4
            Jan 1                                         | January 1
            They mar the view in dec terms.               | They mar the view in dec terms.
            """)
    void capitalisedAbbreviationsAreWrittenInFull(String text, String expected) {
        assertEquals(expected, Months.writtenInFull(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Aug.,  August
            sept,  September
            May,   May
            maybe, ''
            """)
    void aWordNamesAMonthInFullOrAbbreviated(String word, String month) {
        assertEquals(month, Months.named(word).orElse(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            from August 15th to August 18th, 2024 | from August 15 to August 18, 2024
            on Aug. 21st                          | on August 21
            the 4th of July                       | the 4 of July
            """)
    void questionTermsMeetStoriesThatWriteDatesTheOtherWay(String text, String expected) {
        assertEquals(expected, QuestionTerms.normalised(text));
    }
}
