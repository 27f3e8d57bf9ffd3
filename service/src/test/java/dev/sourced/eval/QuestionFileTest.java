package dev.sourced.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionFileTest {
    @Test
    void malformedLinesAreReportedByNumberAndSkipped() {
        QuestionFile.Parsed parsed = QuestionFile.parse("""
                {"id":"a","question":"Who?","answerable":true,"sources":["s1"],"expect_any":["x"]}
                {"id":"b","question":

                {"id":"c","question":"When?","answerable":false}
                {"id":"d","answerable":true}
                [1,2]
                """);
        assertEquals(
                List.of("a", "c"),
                parsed.questions().stream().map(EvalQuestion::id).toList());
        assertEquals(3, parsed.problems().size());
        assertTrue(parsed.problems().get(0).startsWith("line 2:"));
        assertTrue(parsed.problems().get(1).startsWith("line 5:"));
        assertTrue(parsed.problems().get(2).startsWith("line 6:"));
        assertEquals(List.of("s1"), parsed.questions().getFirst().sources());
        assertFalse(parsed.questions().get(1).answerable());
    }

    @Test
    void keyPointsAreAlternativePhrasesAndMakeAnOverviewQuestion() {
        QuestionFile.Parsed parsed = QuestionFile.parse("""
                {"id":"o1","question":"What is China's position?","key_points":[["invasion"],["dialogue","talks"],"sovereignty"]}
                {"id":"o2","question":"Why?","key_points":[[]]}
                {"id":"o3","question":"Why?","key_points":"sovereignty"}
                """);
        assertEquals(
                List.of("o1"), parsed.questions().stream().map(EvalQuestion::id).toList());
        EvalQuestion overview = parsed.questions().getFirst();
        assertTrue(overview.isOverview());
        assertTrue(overview.answerable(), "an overview question without 'answerable' is answerable");
        assertEquals(
                List.of(List.of("invasion"), List.of("dialogue", "talks"), List.of("sovereignty")),
                overview.keyPoints());
        assertEquals(2, parsed.problems().size());
    }
}
