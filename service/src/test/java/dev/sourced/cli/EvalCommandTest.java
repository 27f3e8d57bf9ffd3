package dev.sourced.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusMainTest
@TestProfile(CliProfile.class)
class EvalCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheTableAndWritesPerQuestionResults(QuarkusMainLauncher launcher) throws Exception {
        Path questions = dir.resolve("q.jsonl");
        Files.writeString(questions, """
                {"id":"x1","question":"How many South Koreans were in the region as of Thursday?","answerable":true,"sources":["000_ac86cc53e555919c"],"expect_any":["64"]}
                this line is broken
                {"id":"x2","question":"Who won the 2022 FIFA World Cup?","answerable":false,"sources":[],"expect_any":[]}
                """);
        Path json = dir.resolve("out.json");
        LaunchResult result = launcher.launch("eval", questions.toString(), "--json", json.toString());
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        String out = result.getOutput();
        assertTrue(out.contains("hybrid"), out);
        assertTrue(out.contains("answer hit rate        1/1"), out);
        assertTrue(out.contains("abstained, unanswerable 1/1"), out);
        assertTrue(result.getErrorOutput().contains("skipped line 2:"), result.getErrorOutput());
        String written = Files.readString(json);
        assertTrue(written.contains("\"x1\"") && written.contains("\"x2\""), written);
    }
}
