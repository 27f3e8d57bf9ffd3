package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearConstraintsTest {
    private static YearConstraints of(String question, LocalDate asOf) {
        QuestionForm form = QuestionForm.of(question);
        return new YearConstraints(
                question,
                form,
                asOf,
                Victory.asksForWinner(question),
                word -> Words.of(question).stream().anyMatch(w -> Words.sameWord(w.text(), word)));
    }

    /** Each row: a question, a sentence, whether a year the sentence dates the asked thing with is not the question's. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who won the 2019 Nobel Prize in Literature? | The Nobel Prize in Literature 2018 was awarded to Olga Tokarczuk. | true
            Who won the 2019 Nobel Prize in Literature? | The Nobel Prize in Literature 2019 went to Peter Handke.          | false
            Who won the 2019 Nobel Prize in Literature? | Peter Handke won the prize.                                       | false
            Which film won best picture in 2024?        | Nolan's 2008 Batman film was his breakthrough.                    | false
            Attendance fell 15.9% from 2019. What is the median cost of a game? | The median cost of a game in 2022 is $163.60. | false
            Attendance fell in 2019. What was the median cost of a game in 2019? | The median cost of a game in 2022 is $163.60. | true
            Kansas set a primary for 2024. Who was elected party chair in 2023? | The party chair, elected last month, backed the 2024 primary. | false
            Kansas set a primary for 2024. Who was elected party chair in 2023? | The party chair was elected in 2021. | true
            It had 119,000 staff in 2019 and 150,000 at the end of 2021. How many at the end of 2020? | It has 187,000, against 150,000 at the end of 2021 and 119,000 in 2019. | true
            It had 119,000 staff in 2019 and 150,000 at the end of 2021. How many at the end of 2020? | At the end of 2020, it had 135,000 staff. | false
            It had 119,000 staff in 2019. How many staff did it have at the end? | It had 150,000 staff at the end of 2021. | true
            The jobless rate hit 4% in 2021. How much higher was it than in 2019? | The jobless rate in 2020 was 6%. | true
            Apple sold 232 million iPhone units in 2022. How many units did it sell in 2023? | Its 2021 iPhone sales totaled 235 million units. | true
            Apple sold 232 million iPhone units in 2022. How many units did it sell in 2023? | Its 2022 iPhone sales led the 2023 units sold. | false
            Delaware's jobless rate hit a record low in 2019. What was the rate? | The jobless rate in 2022 was 4.5%. | true
            Yee has run every marathon since the first one in 1978. Who scratched? | He scratched from the marathon in 2019. | false
            From October 2021 through February 2022, how many Ukrainians did CBP encounter? | From October 2020 through February, CBP encountered 900 Ukrainians. | true
            """)
    void aYearBesideTheQuestionsWordsMustBeTheQuestionsYear(String question, String sentence, boolean contradicted) {
        assertEquals(contradicted, of(question, null).contradicted(sentence, ""));
    }

    /**
     * Each row: a question, asked on a day, a sentence, its answer phrase, whether a year just after the phrase dates
     * it to another year than the asked one.
     */
    @ParameterizedTest(name = "{3} of: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            What was the score of the 2021 quarterfinal?     | 2021-03-10 | Delaware lost 75-61 in 2020 and 78-74 in 2019. | 75-61 | true
            What was the score of the 2021 quarterfinal?     | 2021-03-10 | Delaware won 80-70 in 2021.                    | 80-70 | false
            What was the score of the 2021 quarterfinal?     | 2021-03-10 | Delaware lost 78-74 in overtime in 2019.       | 78-74 | true
            What was the score of the 2021 quarterfinal?     | 2021-03-10 | Delaware won 80-70, more than in 2019.         | 80-70 | false
            How much did the fair raise in 2021?             | 2021-10-10 | It raised $5 million more than in 2019.        | $5 million | false
            What was the score of the 2021 quarterfinal?     | 2021-03-10 | Delaware won 80-70 on Saturday.                | 80-70 | false
            How high did inflation run this week?            | 2023-06-14 | Prices rose 6.5% in 2021, the report said.     | 6.5%  | true
            How high did inflation run this week?            | 2023-06-14 | Prices rose 4% in 2023, the report said.       | 4%    | false
            How high did inflation run last year?            | 2023-06-14 | Prices rose 6.5% in 2021, the report said.     | 6.5%  | false
            How many fans came to the 2025 final?            | 2025-03-12 | Some 40,000 in 2024-25 bought tickets.         | 40,000 | false
            How many fans came to the 2025 final?            | 2025-03-12 | Some 40,000 in 2024 bought tickets.            | 40,000 | true
            How much will the 2024 project cost?             | 2024-03-12 | It costs $9 billion in 2023 dollars.           | $9 billion | false
            What was the score in 2024?                      | 2024-03-12 | They lost 3-1 in 2016 and again in 2024.       | 3-1   | false
            What was the score of the 2021 quarterfinal?     | 2021-03-10 | Delaware lost 75-61 in 2020 and 78-74 in 2021. | 75-61 | true
            Which film won best picture in 2024?             | 2024-03-12 | Oppenheimer (2023) won best picture.           | Oppenheimer | false
            """)
    void aYearJustAfterTheAnswerDatesIt(
            String question, LocalDate asOf, String sentence, String answer, boolean other) {
        int start = sentence.indexOf(answer);
        assertEquals(
                other,
                of(question, asOf)
                        .datesAnswerToAnotherYear(sentence, Phrase.of(sentence, start, start + answer.length())));
    }

    /** Each row: a question, a sentence, whether the year it opens with dates it to another year than the asked one. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Revenue fell 50% in 2020. How much did the city collect through October 2018? | In 2019, the city had earned about $1.4 million. | true
            Revenue fell 50% in 2020. How much did the city collect through October 2018? | In 2018, the city had earned about $1.4 million. | false
            Revenue fell 50% in 2020. How much did the city collect through October 2018? | The city earned about $1.4 million by October.   | false
            Revenue fell 50% in 2020. How much did the city collect through October 2018? | In 2019, it earned more than the $1.4 million of 2018. | false
            How many nominations did SZA earn for the 2024 Grammy Awards? | In 2023, SZA earned nine nominations.                 | false
            Who won album of the year at the 2024 Grammy Awards?         | In 2023, Harry Styles won album of the year.           | true
            The Eras Tour opened in March 2023. How much has it grossed? | In 2024, the tour passed $1 billion.                   | false
            Who won album of the year at the 2024 Grammy Awards?         | Last year, Harry Styles won album of the year.         | false
            """)
    void aSentenceThatOpensWithAnotherYearDoesNotAnswer(String question, String sentence, boolean other) {
        assertEquals(other, of(question, null).opensInAnotherYear(sentence));
    }

    /** Each row: a question, a sentence, whether the sentence opens with a period before its story's present. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who won the race?                          | Last season, Saunders won the 100 hurdles (14.05).      | true
            Who won the race?                          | A year ago, Saunders won the 100 hurdles.               | true
            Who won the race?                          | "Last year, I won it," Saunders said.                   | true
            Who won the race?                          | Saunders won the 100 hurdles last season.               | false
            Who won the race?                          | Last season's winner, Saunders, finished fourth.        | false
            Who won the race last season?              | Last season, Saunders won the 100 hurdles.              | false
            Who won the race a year ago?               | A year ago, Saunders won the 100 hurdles.               | false
            Who won the race in the previous season?   | The previous season, Saunders won the 100 hurdles.      | false
            Who won the 2021 race?                     | Last season, Saunders won the 100 hurdles.              | false
            Who won the race this season?              | Last season, Saunders won the 100 hurdles.              | true
            Saunders won it last season. Who won the race this season? | Last season, Saunders won the 100 hurdles. | true
            Who is the defending champion?             | Last season, Saunders won the state title.              | false
            Who owns the Commanders?                   | Last year, Josh Harris bought the Commanders.           | false
            """)
    void aSentenceThatOpensWithAnEarlierPeriodAnswersOnlyAQuestionAboutOne(
            String question, String sentence, boolean earlier) {
        assertEquals(earlier, of(question, null).opensInEarlierPeriod(sentence));
    }

    /** Each row: a question about this week, asked on a day, a sentence, whether a year dates it before the week. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            Who was elected president of Sri Lanka this week?  | 2022-07-22 | His brother Mahinda Rajapaksa was elected president in 2005. | true
            Who was elected president of Sri Lanka this week?  | 2022-07-22 | Parliament elected Ranil Wickremesinghe president.           | false
            Which team won its first playoff game this week?   | 2024-01-19 | The Lions won their first playoff game since 1991.           | false
            Who was elected president of Sri Lanka in 2005?    | 2022-07-22 | His brother Mahinda Rajapaksa was elected president in 2005. | false
            """)
    void aQuestionAboutThisWeekIsNotAnsweredByAnEarlierYear(
            String question, LocalDate asOf, String sentence, boolean before) {
        assertEquals(before, of(question, asOf).datedBeforeTheWeek(sentence));
    }

    /** Each row: a question, the day it is asked on, an article's date, whether an article of that date can answer. */
    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Who won the 2023 Super Bowl?                         | 2024-01-12 | 2022-12-01 | false
            Who won the 2023 Super Bowl?                         | 2024-01-12 | 2023-02-13 | true
            Who will host the 2024 Grammy Awards?                | 2024-01-12 | 2023-11-10 | true
            Who received the most nominations for the 2024 Grammy Awards? | 2024-01-12 | 2023-11-10 | true
            Who won album of the year at the 2024 Grammy Awards? | 2024-02-12 | 2023-11-10 | false
            Which storm hit Britain this week?                   | 2024-01-12 | 2023-12-01 | false
            Which storm hit Britain this week?                   | 2024-01-12 | 2024-01-09 | true
            Which horse won the 2020 Kentucky Derby, run in September? | 2020-10-01 | 2020-04-30 | false
            Which horse won the 2020 Kentucky Derby, run in September? | 2020-10-01 | 2020-09-06 | true
            Which horse won the Kentucky Derby in May?           | 2020-10-01 | 2020-04-30 | true
            Who will win the 2020 Kentucky Derby in September?   | 2020-08-01 | 2020-04-30 | true
            How many yards did Kelce gain in the AFC title game in January 2024? | 2024-02-01 | 2023-02-02 | false
            How many yards did Kelce gain in the AFC title game in January 2024? | 2024-02-01 | 2024-01-29 | true
            On what date in December 2018 did the film come to Netflix? | 2018-12-30 | 2018-11-20 | true
            Who hosted the 2024 Golden Globes in January?        | 2024-01-12 | 2023-11-20 | true
            How many players are on the ballot for the Baseball Hall of Fame's Class of 2022? | 2021-12-20 | 2021-12-12 | true
            How many players were elected to the Baseball Hall of Fame's Class of 2022? | 2022-01-30 | 2021-12-12 | false
            How many ballots were cast in the 2024 Iowa caucuses? | 2024-01-20 | 2023-12-10 | false
            How many more jobs must Incyte add by the end of 2016? | 2013-12-14 | 2013-12-11 | true
            How many jobs does the firm have to add by 2016?     | 2013-12-14 | 2013-12-11 | true
            How many jobs must the firm have added by 2016?      | 2017-01-14 | 2013-12-11 | false
            How many jobs had to be added by 2016?               | 2017-01-14 | 2013-12-11 | false
            """)
    void anArticleCanReportOnlyWhatHappenedBeforeIt(
            String question, LocalDate asOf, LocalDate published, boolean timely) {
        assertEquals(timely, of(question, asOf).timely(published));
    }
}
