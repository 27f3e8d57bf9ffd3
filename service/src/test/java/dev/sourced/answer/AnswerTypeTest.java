package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTypeTest {
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            COUNT   | China is evacuating 6,000 students and citizens.                  | 6,000
            COUNT   | Russia sent three battalions and 1.5 million rounds.              | three;1.5 million
            COUNT   | One of the officials spoke.                                       | ''
            COUNT   | The 81st Golden Globes drew 9.4 million viewers on its 2nd try.   | 9.4 million
            COUNT   | On Thursday, sixty-four South Koreans were in the region.         | sixty-four
            COUNT   | More than two dozen fans sued, and three hundred more may.       | two dozen;three hundred
            COUNT   | Two dozen of the 40 passengers, three hundred thousand in all.   | 40;three hundred thousand
            COUNT   | The Princeton Tigers won 84-82.                                   | ''
            COUNT   | Winds of up to 118 mph hit 2,000 homes 40 miles away.             | 118 mph;2,000;40 miles
            COUNT   | At 7:44 p.m., 12 homes had lost power.                            | 12
            COUNT   | Rite Aid lined up $3.45 billion, and a fee of $55,000, up 14.6%.   | $3.45 billion;$55,000;14.6%
            AMOUNT  | Insulin costs are capped at $35 a month, down from $1,200.        | $35;$1,200
            AMOUNT  | Three makers would slash prices by 70% or more.                   | ''
            AMOUNT  | The program brings $2 billion in awards.                          | $2 billion
            PERCENT | Fresh produce made up 52% of sales, up 3 percent.                 | 52%;3 percent
            PERCENT | Thirty-two percent of respondents named him, up from five per cent. | Thirty-two percent;five per cent
            PERCENT | Thirty-two people and 12 percent of the rest named him.          | 12 percent
            PERCENT | One hundred percent of proceeds go to charity.                   | One hundred percent
            SCORE   | Princeton's 84-82 win against Delaware.                           | 84-82
            SCORE   | The 2023-24 season starts.                                        | ''
            DATE    | They spoke on Tuesday, March 1, 2022.                             | Tuesday;March 1, 2022
            DATE    | Officials may meet soon.                                          | ''
            DATE    | Book in the winter, when rentals are cheaper, and pay this spring. | in the winter;this spring
            DATE    | Prices fall after the fall of the regime.                         | ''
            DATE    | Tetris came out in 1984.                                          | 1984
            """)
    void findsPhrasesOfItsKind(AnswerType type, String sentence, String phrases) {
        List<String> expected = phrases.isEmpty() ? List.of() : Arrays.asList(phrases.split(";"));
        assertEquals(expected, type.spansIn(sentence).stream().map(Phrase::text).toList());
    }

    /** Each row: a sentence, the times of day in it, joined by ";". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Warehouses will be open from 8:30 a.m. to 5 p.m. on Christmas Eve. | 8:30 a.m.;5 p.m.
            The curfew starts at 10pm and ends at midnight.                     | 10pm;midnight
            The store opened in 2023 with 12 aisles.                            | ''
            """)
    void findsTimesOfDay(String sentence, String times) {
        List<String> expected = times.isEmpty() ? List.of() : Arrays.asList(times.split(";"));
        assertEquals(
                expected,
                AnswerType.clockTimesIn(sentence).stream().map(Phrase::text).toList());
    }
}
