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
            """)
    void aYearBesideTheQuestionsWordsMustBeTheQuestionsYear(String question, String sentence, boolean contradicted) {
        assertEquals(contradicted, of(question, null).contradicted(sentence, ""));
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
            """)
    void anArticleCanReportOnlyWhatHappenedBeforeIt(
            String question, LocalDate asOf, LocalDate published, boolean timely) {
        assertEquals(timely, of(question, asOf).timely(published));
    }
}
