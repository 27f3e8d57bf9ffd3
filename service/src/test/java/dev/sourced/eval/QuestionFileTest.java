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
}
