package dev.sourced.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.feedback.Feedback;
import dev.sourced.feedback.FeedbackStore;
import dev.sourced.feedback.Passage;
import dev.sourced.feedback.Vote;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code export-feedback [FILE]}: writes the answers people voted 👎 as a questions file in the evaluation's format
 * ({@link dev.sourced.eval.QuestionFile}), oldest first, to FILE or standard output. Each line holds the standalone
 * question, the day it was asked on and, under {@code got}, the answer it got; {@code answerable}, {@code sources}
 * and {@code expect_any} are left for a person to fill in. Until they are, {@code eval} skips the line and says why,
 * so an unreviewed question never counts. Exits 0, or 2 for wrong arguments.
 */
@ApplicationScoped
public class ExportFeedbackCommand {
    static final String USAGE_LINE = "usage: export-feedback [FILE]";

    private final FeedbackStore store;
    private final ObjectMapper json;

    public ExportFeedbackCommand(FeedbackStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
            err.println(USAGE_LINE);
            return Commands.USAGE;
        }
        List<Feedback> down = store.list().reversed().stream()
                .filter(f -> f.vote() == Vote.DOWN)
                .toList();
        StringBuilder lines = new StringBuilder();
        for (Feedback f : down) {
            lines.append(json.writeValueAsString(question(f))).append('\n');
        }
        String exported = "exported " + down.size() + (down.size() == 1 ? " answer" : " answers") + " voted down";
        if (args.length == 1) {
            Files.writeString(Path.of(args[0]), lines, StandardCharsets.UTF_8);
            err.println(exported + " to " + args[0]);
        } else {
            out.print(lines);
            err.println(exported);
        }
        return 0;
    }

    /** One line of the questions file; {@code null} and empty fields are the ones to fill in. */
    static Map<String, Object> question(Feedback f) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", "feedback-" + f.id());
        line.put("question", f.rewrittenQuestion());
        line.put("answerable", null);
        line.put("sources", List.of());
        line.put("expect_any", List.of());
        line.put("asked_on", f.at().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        if (!f.rewrittenQuestion().equals(f.question())) {
            line.put("asked_as", f.question());
        }
        Map<String, Object> got = new LinkedHashMap<>();
        got.put("answer", f.answer());
        got.put("generator", f.generator());
        got.put(
                "citations",
                f.citations().stream().map(ExportFeedbackCommand::citation).toList());
        got.put("voted_at", f.at().toString());
        got.put("channel_type", f.channelType());
        line.put("got", got);
        return line;
    }

    private static Map<String, Object> citation(Passage p) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("n", p.n());
        c.put("article_id", p.articleId());
        c.put("start", p.start());
        c.put("end", p.end());
        return c;
    }
}
