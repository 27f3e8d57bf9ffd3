package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            LOS ANGELES – The Golden Globes kicked off the season. | The Golden Globes
            WASHINGTON (AP) — A divided Supreme Court ruled.      | A divided
            MALAGA, Spain — King Juan Carlos stepped down.        | King Juan
            CEDAR KEY, Fla. − Hurricane Idalia neared the coast.  | Hurricane Idalia
            US President Joe Biden - who spoke - left.            | US President
            The court ruled on Monday.                            | The court
            TAIPEI, Jan 13 (Reuters) - Lai Ching-te won.          | Lai Ching-te
            Jan 24, 2023 - Winter's bare trees make people ache.  | Winter's bare
            Jan 29, 2024 · In a stunning rebuke, the court ruled. | In a stunning
            May 16, 2022 ... Elisabeth Borne has been named.      | Elisabeth Borne
            3 days ago — Donald Trump won the primary.            | Donald Trump
            Jan 8, 2024 — LOS ANGELES – The Globes kicked off.    | The Globes
            Jan. 6, 2021 - the day of the riot - is remembered.   | Jan. 6
            May 2023 - a month of storms.                         | May 2023
            January 6, 2021 was a dark day.                       | January 6
            January 1, 1979 — Deanna Montgomery is killed.        | January 1
            March 3, 2020 - the day the lockdown began.           | March 3
            an hour ago - Stocks fell at the open.                | Stocks fell
            2 months ago · The storm hit Maine.                   | The storm
            """)
    void theStoryBeginsAfterItsDateline(String sentence, String start) {
        assertEquals(start, sentence.substring(Dateline.end(sentence), Dateline.end(sentence) + start.length()));
    }
}
