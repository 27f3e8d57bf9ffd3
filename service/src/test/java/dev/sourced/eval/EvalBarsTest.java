package dev.sourced.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.answer.Answer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvalBarsTest {
    /** Two answerable questions (one hit, one false abstention) and two unanswerable ones (one abstained). */
    private static final EvalReport REPORT = new EvalReport(
            "extractive",
            List.of(
                    result(true, true, true),
                    result(true, false, false),
                    result(false, false, false),
                    result(false, true, false)));

    /** Each row: bars, the lines missed ("-" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hits=0.5                                  | -
            hits=0.6                                  | hits 0.50 is below the bar 0.60
            abstained=0.5, false-abstentions=0.5      | -
            false-abstentions=0.4                     | false-abstentions 0.50 is above the bar 0.40
            hits=1,abstained=1                        | abstained 0.50 is below the bar 1.00;hits 0.50 is below the bar 1.00
            """)
    void aReportMeetsOrMissesEachBar(String bars, String missed) {
        assertEquals(
                missed.equals("-") ? List.of() : List.of(missed.split(";")),
                EvalBars.parse(bars).missedBy(REPORT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hits", "hits=", "hits=1.5", "hits=-0.1", "hits=NaN", "speed=0.5", "hits=half"})
    void aMalformedBarIsRefusedWithWhatIsWrong(String bars) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvalBars.parse(bars));
        assertTrue(e.getMessage().contains("RATE=VALUE") || e.getMessage().contains("between 0 and 1"), e.getMessage());
    }

    private static Evaluation.QuestionResult result(boolean answerable, boolean answered, boolean hit) {
        EvalQuestion q = new EvalQuestion("q", "Who?", answerable, List.of("a"), List.of("x"));
        Answer answer =
                new Answer(answered ? "x [1]" : "The articles do not say.", answered, List.of(), "extractive", null);
        return new Evaluation.QuestionResult(q, Map.of(), answer, hit, 0, 0, 0);
    }
}
