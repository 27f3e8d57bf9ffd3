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
        Ran ran = run(args);
        assertOneLine(ran, 2, error);
        assertEquals("", ran.out(), "nothing on stdout");
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
        assertOneLine(run(args), 1, error);
    }

    /** What a command line printed and how it exited. */
    private record Ran(int exitCode, String out, String err) {}

    private Ran run(List<String> args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = commands.run(args.toArray(String[]::new), print(out), print(err));
        return new Ran(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The command exited with {@code exitCode} and printed one line on stderr, opening with {@code error}. */
    private static void assertOneLine(Ran ran, int exitCode, String error) {
        assertEquals(exitCode, ran.exitCode(), ran.err());
        assertTrue(ran.err().startsWith(error), ran.err());
        assertEquals(1, ran.err().lines().count(), ran.err());
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
