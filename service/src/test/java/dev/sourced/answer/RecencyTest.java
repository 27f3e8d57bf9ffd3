package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourced.retrieval.Period;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecencyTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What is the name of the storm that pummelled Britain this week? | WEEK
            A plane door panel blew out mid-air last week on which airline?  | WEEK
            Which fast food chain recently closed a restaurant?              | WEEKS
            What is the name of the new limited-edition Oreo cookie?         | WEEKS
            Who did Macron appoint as France's next prime minister?          | WEEKS
            Which animal was the first mammal to be cloned in 1996?          | ANY
            Who is China's ambassador to the United Nations?                 | ANY
            Who is the mayor of New York?                                    | ANY
            Which paper did USA Today quote on The Tonight Show?             | ANY
            """)
    void readsHowRecentTheEvidenceMustBe(String question, Recency recency) {
        assertEquals(recency, Recency.of(question));
    }

    @ParameterizedTest(name = "{0} published {1}, asked {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            WEEK  | 2024-01-03 | 2024-01-05 | true
            WEEK  | 2023-12-20 | 2024-01-05 | false
            WEEK  | 2013-11-08 | 2024-01-05 | false
            WEEKS | 2023-12-01 | 2024-01-05 | true
            WEEKS | 2023-10-01 | 2024-01-05 | false
            ANY   | 2013-11-08 | 2024-01-05 | true
            WEEK  | -          | 2024-01-05 | true
            WEEK  | 2013-11-08 | -          | true
            """)
    void anArticleTooOldForTheQuestionIsNotEvidence(
            Recency recency, LocalDate published, LocalDate asOf, boolean admitted) {
        assertEquals(admitted, recency.admits(published, asOf));
    }

    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Which storm hit Britain this week?          | 2024-01-05 | 2023-12-26 | 2024-01-05
            Which fast food chain recently closed?      | 2024-01-05 | 2023-11-21 | 2024-01-05
            Which animal was cloned first?              | 2024-01-05 | -          | 2024-01-05
            Which storm hit Britain this week?          | -          | -          | -
            Which movie won at the 2024 Golden Globes?  | 2024-01-12 | 2023-01-01 | 2024-01-12
            Which movie won at the 2024 Golden Globes?  | -          | 2023-01-01 | -
            Who won the 2019 and 2020 Nobel prizes?     | 2024-01-12 | 2018-01-01 | 2024-01-12
            Which storm of 2024 hit Britain this week?  | 2024-01-05 | 2023-12-26 | 2024-01-05
            Where will the 2028 Olympics be held?       | 2024-01-12 | -          | 2024-01-12
            Who won the 2030 World Cup?                 | 2024-01-12 | -          | 2024-01-12
            Which state should hold the first 2024 primary? | 2024-01-12 | -      | 2024-01-12
            Which Republican said Trump should drop out of the 2024 race? | 2024-01-12 | 2023-01-01 | 2024-01-12
            Which team should have won the 2023 final?  | 2024-01-12 | 2022-01-01 | 2024-01-12
            How many jobs must the firm add by 2016?    | 2013-12-14 | -          | 2013-12-14
            How many jobs must the firm have added by 2016? | 2017-01-14 | 2015-01-01 | 2017-01-14
            How much did Boeing have to pay to settle the 2021 lawsuit? | 2023-01-14 | 2020-01-01 | 2023-01-14
            Which Republican said Biden must drop out of the 2024 race? | 2024-07-12 | 2023-01-01 | 2024-07-12
            Who won the must-win 2023 game?             | 2024-01-12 | 2022-01-01 | 2024-01-12
            What does the 2023 law have to do with taxes? | 2024-01-12 | 2022-01-01 | 2024-01-12
            Voters must show ID. Which state passed the 2024 law? | 2024-01-12 | 2023-01-01 | 2024-01-12
            Which states are required to hold a 2025 vote? | 2024-01-12 | -        | 2024-01-12
            How much must the U.S. have spent by 2020?  | 2021-01-12 | 2019-01-01 | 2021-01-12
            Jo Koy hosted the 2024 Globes. What is his latest special? | 2024-01-12 | 2023-11-28 | 2024-01-12
            """)
    void retrievalLooksOnlyWhereTheEvidenceCanBe(String question, LocalDate asOf, LocalDate from, LocalDate to) {
        assertEquals(new Period(from, to), Recency.publishedFor(question, asOf));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Which school won the national championship this week? | Which school won the national championship  ?
            Which NFL team recently won its first playoff game?   | Which NFL team   won its first playoff game?
            What is the new limited-edition Oreo?                  | What is the new limited-edition Oreo?
            """)
    void timeWordsAreLeftOutOfWhatTheEvidenceMustSay(String question, String without) {
        assertEquals(without, Recency.withoutTimeWords(question));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            recently  | true
            Today     | true
            yesterday | true
            new       | false
            team      | false
            recent    | true
            """)
    void aWordThatOnlySaysWhen(String word, boolean timeWord) {
        assertEquals(timeWord, Recency.isTimeWord(word));
    }
}
