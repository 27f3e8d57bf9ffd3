package dev.sourced.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sourced.answer.Question;
import java.nio.charset.StandardCharsets;

/** Any questions file is read without an exception: each non-blank line is a question or a reported problem. */
class QuestionFileFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void anyFileIsReadLineByLine(FuzzedDataProvider data) {
        // The last byte picks the decoding: odd, UTF-8 as a file is read; even, any Java string.
        String content = data.consumeBoolean()
                ? new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8)
                : data.consumeRemainingAsString();
        QuestionFile.Parsed parsed = QuestionFile.parse(content);
        long lines = content.lines().filter(l -> !l.isBlank()).count();
        assertEquals(lines, parsed.questions().size() + parsed.problems().size(), "every line accounted for");
        for (EvalQuestion q : parsed.questions()) {
            assertEquals(new Question(q.question()).text(), q.question(), "questions are normalised");
        }
        parsed.problems().forEach(p -> assertTrue(p.startsWith("line "), p));
    }
}
