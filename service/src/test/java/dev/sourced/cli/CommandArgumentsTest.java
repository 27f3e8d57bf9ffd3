package dev.sourced.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wrong command lines are usage errors (exit code 2, one line on stderr), found before a command waits for the index
 * or uses any bean: so the commands run here without the application, every bean behind them absent. Launches of the
 * packaged application that answer, and exit with 0 or 1, are AskCommandTest, EvalCommandTest and IngestCommandTest.
 * A command line that passes those checks reaches the absent beans here, which is how a command failing part-way is
 * tested: it must say so, not end silently.
 */
class CommandArgumentsTest {
    @TempDir
    static Path dir;

    private final Commands commands = new Commands(
            new AskCommand(null, null),
            new EvalCommand(null, null, null, null, null, null),
            new IngestCommand(null, null, null),
            new ExportFeedbackCommand(null, null));

    static Stream<Arguments> wrongCommandLines() {
        String missingFile = dir.resolve("nope.jsonl").toString();
        String missingFolder = dir.resolve("nope").toString();
        return Stream.of(
                Arguments.of(List.of("ask"), "usage: ask \"your question\""),
                Arguments.of(List.of("ask", "   "), "usage: ask \"your question\""),
                Arguments.of(List.of("frobnicate"), "unknown command 'frobnicate'"),
                Arguments.of(List.of("eval", "--nope"), EvalCommand.USAGE_LINE),
                Arguments.of(List.of("eval", "a.jsonl", "b.jsonl"), EvalCommand.USAGE_LINE),
                Arguments.of(List.of("eval", missingFile), "no such questions file: " + missingFile),
                Arguments.of(List.of("ingest"), "usage: ingest DIR"),
                Arguments.of(List.of("ingest", dir.toString(), dir.toString()), "usage: ingest DIR"),
                Arguments.of(List.of("ingest", missingFolder), "no such folder: " + missingFolder),
                Arguments.of(List.of("export-feedback", "a.jsonl", "b.jsonl"), ExportFeedbackCommand.USAGE_LINE),
                Arguments.of(List.of("export-feedback", "--vote"), ExportFeedbackCommand.USAGE_LINE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongCommandLines")
    void aWrongCommandLineIsAUsageError(List<String> args, String error) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = commands.run(args.toArray(String[]::new), print(out), print(err));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, exitCode, printed);
        assertTrue(printed.startsWith(error), printed);
        assertEquals(1, printed.lines().count(), printed);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing on stdout");
    }

    static Stream<Arguments> commandsThatFailPartWay() throws Exception {
        Path questions = dir.resolve("questions.jsonl");
        Files.writeString(questions, "{\"id\": \"q1\", \"question\": \"Who won?\", \"answerable\": false}\n");
        return Stream.of(
                Arguments.of(List.of("ask", "Who won the race?"), "ask failed: java.lang.NullPointerException"),
                Arguments.of(List.of("eval", questions.toString()), "eval failed: java.lang.NullPointerException"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsThatFailPartWay")
    void aCommandThatFailsPartWaySaysSoInOneLineAndExitsOne(List<String> args, String error) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = commands.run(args.toArray(String[]::new), print(out), print(err));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, exitCode, printed);
        assertTrue(printed.startsWith(error), printed);
        assertEquals(1, printed.lines().count(), printed);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
