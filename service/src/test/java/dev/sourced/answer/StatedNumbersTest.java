package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedNumbersTest {
    /** Each row: a text, the values of the numbers it states, in order. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            after the Oct. 28th show                  | 28
            more than 1,000 tumbleweeds               | 1000
            his fifth interception, his 5th this year | 5
            a 16-year-old prodigy                     | 16
            52% of workers                            | 52
            raised $3.45 billion                      | 3.45
            a 2.50 fee and a 007 code                 | 2.5;7
            two regions and twelve states             | 2;12
            one of them                               | ''
            first time in 32 years                    | 32;1
            Boeing 737 Max 9                          | 737;9
            give up a fifth of their pay              | ''
            one third of voters, a third term         | 3
            the first lady and the second gentleman   | ''
            the inaugural award, its maiden voyage    | 1
            first responders gave first aid            | ''
            her first-ever title, the First Amendment | 1
            a second aid package, their second daughter | 2
            the first aid package for a first family member | 1
            First Lady Jill Biden and the first family | ''
            a first case, then a second term          | 1;2
            the first game                            | 1
            The Store first opened in 1917            | 1917;1
            20 classic First State eateries           | 20;1
            the First Quarter results                 | 1
            """)
    void numbersAreReadByValueInEveryFormNewsWritesThem(String text, String values) {
        List<String> expected = values.isEmpty() ? List.of() : List.of(values.split(";"));
        assertEquals(expected, List.copyOf(StatedNumbers.in(text)));
        assertEquals(Set.copyOf(expected), StatedNumbers.in(text));
    }

    /** Each row: a text, the values of its numbers that tell its event from another, in order. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan became the fifth country to land on the moon      | 5
            his 13th DGA nomination                                  | 13
            The Shenzhou-15 crew joined the Shenzhou-14 astronauts   | 15;14
            a door plug blew out of a Boeing 737 Max 9 at 16,000 feet | 737;9
            Labor ended nine years of conservative rule              | ''
            Kim Jong Un turned 35 during his trip                    | ''
            Drexel erased a 34-point deficit                         | ''
            Nearly 300 people were evacuated. Then Route 9 closed.   | 9
            52% of people would give up a fifth of their pay         | 52
            Biden and the first lady arrived for their second trip   | 2
            After beating Delaware State 35-9 in his first home game | 1
            a win over the Texans 34-10 last week                    | ''
            The Boeing 737-800 landed                                | 737
            The Bengals lost to the Kansas City Chiefs 23-20          | ''
            concerns over Boeing 737-800 jets                        | 737
            a win over the Texans 3.5-2 last week                    | 3.5
            Delaware Online's list of 20 classic First State eateries | ''
            Smith won the Third Test at Lord's                       | ''
            """)
    void ranksSharesAndNumbersOfNamesTellAnEventMeasuresDoNot(String text, String values) {
        List<String> expected = values.isEmpty() ? List.of() : List.of(values.split(";"));
        assertEquals(expected, List.copyOf(StatedNumbers.identifying(text)));
    }

    /** Each row: a question's text, the values of the numbers it asks about: "a first dose" asks for no rank. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what share must get a first dose          | ''
            who got a second dose                     | 2
            the state's first measles case            | 1
            a store on Second Avenue                  | ''
            in the First Quarter                      | ''
            in the first quarter                      | 1
            The Store first opened in 1917            | 1917
            she was first elected in 1990             | 1990
            the first elected mayor                   | 1
            its first recorded case                   | 1
            when did it first open                    | ''
            when was it first opened                  | ''
            whose first published novel               | 1
            what was her maiden name                  | ''
            who read at the inaugural ball            | ''
            who was the first woman to win            | 1
            was it his first title                    | 1
            """)
    void aQuestionsInitialOneIsNoRank(String text, String values) {
        List<String> expected = values.isEmpty() ? List.of() : List.of(values.split(";"));
        assertEquals(expected, List.copyOf(StatedNumbers.asked(text)));
    }

    /** Each row: a text, the days it dates by a month. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On Jan. 6, senators objected              | 6
            after the October 28th show               | 28
            in May 2023, with 12 votes                | ''
            """)
    void aDayAfterAMonthIsADate(String text, String values) {
        List<String> expected = values.isEmpty() ? List.of() : List.of(values.split(";"));
        assertEquals(expected, List.copyOf(StatedNumbers.days(text)));
    }

    /** Each row: a word, whether it is an ordinal or a number written out. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            First     | true
            twelfth   | true
            Two       | true
            Trillion  | true
            State     | false
            Firstly   | false
            """)
    void ordinalsAndNumbersWrittenOutAreNumberWords(String word, boolean number) {
        assertEquals(number, StatedNumbers.isNumberWord(word));
    }
}
