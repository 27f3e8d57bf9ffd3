package dev.sourced.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sourced.answer.AnswerGenerator;
import dev.sourced.answer.AsOfWording;
import dev.sourced.eval.EvalBars;
import dev.sourced.eval.EvalReport;
import dev.sourced.eval.Evaluation;
import dev.sourced.eval.QuestionFile;
import dev.sourced.index.ArticleCatalog;
import dev.sourced.ingest.IndexStartup;
import dev.sourced.retrieval.Search;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code eval [questions.jsonl] [--json FILE] [--corpus DIR [--index DIR]] [--require BARS]}: runs a questions file
 * through retrieval and the configured generator and prints the table, with how long indexing and answering took;
 * {@code --corpus} evaluates on another folder of articles (see {@link EvalCorpus}). Exits 0 when it ran and met
 * the {@code --require} bars ({@link EvalBars}; none by default), 1 when it missed one or the index never became
 * ready, 2 when the file is missing or the arguments are wrong.
 */
@ApplicationScoped
public class EvalCommand {
    static final String BUNDLED_QUESTIONS = "eval/questions.jsonl";
    static final String USAGE_LINE =
            "usage: eval [questions.jsonl] [--json results.json] [--corpus DIR [--index DIR]] [--require BARS]";
    private static final Duration INDEX_WAIT = Duration.ofMinutes(30);

    private final Search search;
    private final AnswerGenerator generator;
    private final AsOfWording wording;
    private final ArticleCatalog catalog;
    private final IndexStartup startup;
    private final ObjectMapper json;

    public EvalCommand(
            Search search,
            AnswerGenerator generator,
            AsOfWording wording,
            ArticleCatalog catalog,
            IndexStartup startup,
            ObjectMapper json) {
        this.search = search;
        this.generator = generator;
        this.wording = wording;
        this.catalog = catalog;
        this.startup = startup;
        this.json = json;
    }

    int run(String[] args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Path questionsFile = null;
        Path jsonFile = null;
        EvalBars bars = null;
        for (int i = 0; i < args.length; i++) {
            if ("--json".equals(args[i]) && i + 1 < args.length) {
                jsonFile = Path.of(args[++i]);
            } else if ("--require".equals(args[i]) && i + 1 < args.length) {
                try {
                    bars = EvalBars.parse(args[++i]);
                } catch (IllegalArgumentException e) {
                    err.println(e.getMessage());
                    err.println(USAGE_LINE);
                    return Commands.USAGE;
                }
            } else if ((EvalCorpus.CORPUS.equals(args[i]) || EvalCorpus.INDEX.equals(args[i])) && i + 1 < args.length) {
                i++; // read before start-up (EvalCorpus): the corpus and index folders are configuration
            } else if (!args[i].startsWith("--") && questionsFile == null) {
                questionsFile = Path.of(args[i]);
            } else {
                err.println(USAGE_LINE);
                return Commands.USAGE;
            }
        }
        if (questionsFile != null && !Files.isRegularFile(questionsFile)) {
            err.println("no such questions file: " + questionsFile);
            return Commands.USAGE;
        }
        String content = questionsFile == null ? bundledQuestions() : Files.readString(questionsFile);
        QuestionFile.Parsed parsed = QuestionFile.parse(content);
        parsed.problems().forEach(p -> err.println("skipped " + p));
        if (!startup.awaitReady(INDEX_WAIT)) {
            err.println("the index is not ready; see the log above");
            return 1;
        }
        long readyAt = System.nanoTime();
        Duration sinceStart = Duration.ofMillis(System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime());
        EvalReport report = new Evaluation(
                        search, generator, wording, id -> catalog.article(id).map(a -> a.text()))
                .run(parsed.questions());
        Duration answering = Duration.ofNanos(System.nanoTime() - readyAt);
        out.println("evaluated " + parsed.questions().size() + " questions from "
                + (questionsFile == null ? "the bundled set" : questionsFile));
        out.printf(
                Locale.ROOT,
                "index of %d articles ready %.1f s after start; answering took %.1f s (%.0f ms a"
                        + " question, three retrievals and one answer each)%n",
                catalog.articles().size(),
                sinceStart.toMillis() / 1000.0,
                answering.toMillis() / 1000.0,
                parsed.questions().isEmpty()
                        ? 0.0
                        : (double) answering.toMillis() / parsed.questions().size());
        out.print(report.table());
        if (jsonFile != null) {
            json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(jsonFile.toFile(), perQuestion(report));
            out.println("per-question results written to " + jsonFile);
        }
        List<String> missed = bars == null ? List.of() : bars.missedBy(report);
        missed.forEach(m -> err.println("bar missed: " + m));
        return missed.isEmpty() ? 0 : 1;
    }

    private static List<Map<String, Object>> perQuestion(EvalReport report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Evaluation.QuestionResult r : report.results()) {
            Map<String, Object> row = new LinkedHashMap<>(Map.of(
                    "id",
                    String.valueOf(r.question().id()),
                    "question",
                    r.question().question(),
                    "answerable",
                    r.question().answerable(),
                    "goldRanks",
                    r.goldRanks(),
                    "answered",
                    r.answer().answered(),
                    "hit",
                    r.hit(),
                    "answer",
                    r.answer().text(),
                    "citedSources",
                    r.answer().citations().stream().map(c -> c.source()).toList(),
                    "generator",
                    r.answer().generator()));
            if (r.overview() != null) {
                row.put("keyPoints", r.question().keyPoints().size());
                row.put("keyPointsCovered", r.overview().covered());
                row.put("redundantPairs", r.overview().redundantPairs());
            }
            rows.add(row);
        }
        return rows;
    }

    private static String bundledQuestions() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED_QUESTIONS)) {
            if (in == null) {
                throw new IllegalStateException("bundled questions missing: " + BUNDLED_QUESTIONS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
