package dev.sourced.cli;

import dev.sourced.answer.Answer;
import dev.sourced.answer.Asker;
import dev.sourced.answer.Citation;
import dev.sourced.answer.InvalidQuestionException;
import dev.sourced.answer.Question;
import dev.sourced.ingest.IndexStartup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.time.Duration;

/** {@code ask "question"}: prints the answer and its citations, each with its reader link, then exits. */
@ApplicationScoped
public class AskCommand {
    private static final Duration INDEX_WAIT = Duration.ofMinutes(30);

    private final Asker asker;
    private final IndexStartup startup;

    public AskCommand(Asker asker, IndexStartup startup) {
        this.asker = asker;
        this.startup = startup;
    }

    int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        if (String.join(" ", args).isBlank()) {
            err.println("usage: ask \"your question\"");
            return Commands.USAGE;
        }
        Question question;
        try {
            question = new Question(String.join(" ", args));
        } catch (InvalidQuestionException e) {
            err.println(e.getMessage());
            return Commands.USAGE;
        }
        if (!startup.awaitReady(INDEX_WAIT)) {
            err.println("the index is not ready; see the log above");
            return 1;
        }
        Answer answer = asker.ask(question);
        out.println(answer.text());
        if (!answer.citations().isEmpty()) {
            out.println();
            out.println(answer.answered() ? "Sources:" : "Nearest passages:");
            for (Citation c : answer.citations()) {
                out.printf(
                        "%s %s%s (characters %d-%d): \"%s\"%n",
                        c.marker(), c.source(), details(c), c.start(), c.end(), c.text());
                out.printf("    read it at %s%n", c.url());
                if (!c.alsoPublishedBy().isEmpty()) {
                    out.printf(
                            "    also published by %d other source(s): %s%n",
                            c.alsoPublishedBy().size(), String.join(", ", c.alsoPublishedBy()));
                }
            }
        }
        return 0;
    }

    /** ", Reuters, 2022-03-02, https://…": what the article gives of where and when it was published. */
    private static String details(Citation c) {
        StringBuilder details = new StringBuilder();
        for (Object part : new Object[] {c.outlet(), c.published(), c.author(), c.originalUrl()}) {
            if (part != null) {
                details.append(", ").append(part);
            }
        }
        return details.toString();
    }
}
