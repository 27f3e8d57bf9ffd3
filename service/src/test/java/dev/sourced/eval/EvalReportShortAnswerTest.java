package dev.sourced.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.answer.Answer;
import dev.sourced.retrieval.Mode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportShortAnswerTest {
    private static Evaluation.QuestionResult hit(String text) {
        return hit(text, "Minnesota");
    }

    private static Evaluation.QuestionResult hit(String text, String expected) {
        EvalQuestion q =
                new EvalQuestion("q", "Which state reported the most cases?", true, List.of("a"), List.of(expected));
        Answer answer = new Answer(text, true, List.of(), "extractive", null);
        return new Evaluation.QuestionResult(
                q, Map.of(Mode.BM25, 1, Mode.VECTOR, 1, Mode.HYBRID, 1), answer, true, 1, 1, 1);
    }

    @Test
    void onlyTheHitsThatLeadWithAPhraseAreCountedAndThePhraseMustHoldTheAnswer() {
        EvalReport report = new EvalReport(
                "extractive",
                List.of(
                        hit("Minnesota. — “Minnesota has the largest number of sickened people.” [1]"),
                        hit("As of 1 December 2023, minnesota. — “Minnesota has the most.” [1]"),
                        hit("Centers. — “Minnesota has the largest number of sickened people, the Centers said.” [1]"),
                        hit("Minnesota has the largest number of sickened people. [1]")));
        assertEquals(new Proportion(2, 3), report.shortAnswersRight());
        assertTrue(report.table().contains("short answers right    2/3 = 0.67"), report.table());
    }

    @Test
    void aPhraseEndingWithAnAbbreviationsFullStopLeadsWithThatStopOnly() {
        EvalReport report = new EvalReport(
                "extractive",
                List.of(
                        hit("5 p.m. — “Stores close at 5 p.m. on Christmas Eve.” [1]", "5 p.m."),
                        hit("8:30 a.m. — “Stores open at 8:30 a.m. and close at 5 p.m.” [1]", "5 p.m."),
                        hit("8:45 p.m. — “Stores close at 8:45 p.m. and at 5 p.m. on Sunday.” [1]", "5 p.m.")));
        assertEquals(new Proportion(1, 3), report.shortAnswersRight());
    }
}
