package dev.sourced.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.answer.Answer;
import dev.sourced.answer.Citation;
import dev.sourced.corpus.Provenance;
import dev.sourced.retrieval.Mode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportThisWeekTest {
    private static final LocalDate ASKED = LocalDate.of(2024, 1, 5);

    private static Evaluation.QuestionResult result(String question, LocalDate askedOn, LocalDate... cited) {
        EvalQuestion q = new EvalQuestion("q", question, true, List.of("a"), List.of("x"), askedOn, List.of());
        Answer answer;
        if (cited.length == 0) {
            answer = new Answer("The articles do not say.", false, List.of(), "extractive", null);
        } else {
            List<Citation> citations = new ArrayList<>();
            for (LocalDate date : cited) {
                citations.add(new Citation(citations.size() + 1, "a", "T", "a#0", "x", 0, 1, 1)
                        .withArticle(date, Provenance.NONE));
            }
            answer = new Answer("x [1]", true, citations, "extractive", null);
        }
        return new Evaluation.QuestionResult(
                q, Map.of(Mode.BM25, 1, Mode.VECTOR, 1, Mode.HYBRID, 1), answer, true, cited.length, 0, cited.length);
    }

    @Test
    void thisWeekQuestionsAreCountedByTheDatesOfWhatTheyCite() {
        EvalReport report = new EvalReport(
                "extractive",
                List.of(
                        result("Which storm hit Britain this week?", ASKED, LocalDate.of(2024, 1, 2)),
                        result("Which storm hit Britain this week?", ASKED, ASKED.minusDays(7)),
                        result("Which state was sued This Week?", ASKED, LocalDate.of(2024, 1, 3), ASKED.minusDays(8)),
                        result("What happened this week?", ASKED, (LocalDate) null),
                        result("Who won this week?", ASKED),
                        result("Who won last week?", ASKED, LocalDate.of(2023, 1, 1)),
                        result("Who won this week?", null, LocalDate.of(2023, 1, 1))));
        assertEquals(new EvalReport.ThisWeek(5, 2, 2, 1), report.thisWeek());
        assertTrue(
                report.table()
                        .contains("\"this week\" questions  5: 2 answered from the week before asked_on, 2 from older"
                                + " articles, 1 abstained"),
                report.table());
    }
}
