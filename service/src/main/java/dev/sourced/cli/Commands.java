package dev.sourced.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import org.jboss.logging.Logger;

/**
 * Dispatches the command line: {@code serve} (default), {@code ask}, {@code eval}, {@code ingest},
 * {@code export-feedback}. A command that fails part-way says so in one line on stderr and exits 1 (its stack trace is
 * logged at debug level): Quarkus would otherwise end the process with 1 and print nothing.
 */
public class Commands implements QuarkusApplication {
    static final int USAGE = 2;
    static final int FAILED = 1;
    private static final Logger LOG = Logger.getLogger(Commands.class);

    private final AskCommand ask;
    private final EvalCommand eval;
    private final IngestCommand ingest;
    private final ExportFeedbackCommand exportFeedback;

    public Commands(AskCommand ask, EvalCommand eval, IngestCommand ingest, ExportFeedbackCommand exportFeedback) {
        this.ask = ask;
        this.eval = eval;
        this.ingest = ingest;
        this.exportFeedback = exportFeedback;
    }

    @Override
    public int run(String... args) throws Exception {
        return run(args, System.out, System.err);
    }

    int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            return dispatch(command, rest, out, err);
        } catch (IOException | RuntimeException e) {
            // One line says what failed; the trace is for whoever turns debug logging on.
            LOG.debugf(e, "%s failed", command);
            err.println(command + " failed: " + e.toString().lines().findFirst().orElse(""));
            return FAILED;
        }
    }

    private int dispatch(String command, String[] rest, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        return switch (command) {
            case "serve" -> {
                Quarkus.waitForExit();
                yield 0;
            }
            case "ask" -> ask.run(rest, out, err);
            case "eval" -> eval.run(rest, out, err);
            case "ingest" -> ingest.run(rest, out, err);
            case "export-feedback" -> exportFeedback.run(rest, out, err);
            default -> {
                err.println("unknown command '" + command
                        + "'. Commands: serve (default), ask \"question\", "
                        + EvalCommand.USAGE_LINE.substring("usage: ".length())
                        + ", ingest DIR, "
                        + ExportFeedbackCommand.USAGE_LINE.substring("usage: ".length()));
                yield USAGE;
            }
        };
    }
}
