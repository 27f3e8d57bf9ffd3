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
            """)
    void theStoryBeginsAfterItsDateline(String sentence, String start) {
        assertEquals(start, sentence.substring(Dateline.end(sentence), Dateline.end(sentence) + start.length()));
    }
}
