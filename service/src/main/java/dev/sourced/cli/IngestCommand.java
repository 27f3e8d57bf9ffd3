package dev.sourced.cli;

import dev.sourced.corpus.CorpusReader;
import dev.sourced.corpus.InvalidArticleException;
import dev.sourced.ingest.ArticleIngestor;
import dev.sourced.ingest.IndexStartup;
import dev.sourced.ingest.IngestOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * {@code ingest DIR}: adds or updates every .txt/.md article of a folder, with a progress bar on the terminal and a
 * summary. Bad files are reported with their reason and skipped. Exits 0 when every file went in, 1 when some were
 * rejected, 2 for a missing folder.
 */
@ApplicationScoped
public class IngestCommand {
    /** Articles per commit: enough to amortise the fsync, few enough to lose little to a crash. */
    private static final int BATCH = 100;

    private static final Duration INDEX_WAIT = Duration.ofMinutes(30);

    private final CorpusReader reader;
    private final ArticleIngestor ingestor;
    private final IndexStartup startup;

    public IngestCommand(CorpusReader reader, ArticleIngestor ingestor, IndexStartup startup) {
        this.reader = reader;
        this.ingestor = ingestor;
        this.startup = startup;
    }

    int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        if (args.length != 1) {
            err.println("usage: ingest DIR");
            return Commands.USAGE;
        }
        Path folder = Path.of(args[0]);
        if (!Files.isDirectory(folder)) {
            err.println("no such folder: " + folder);
            return Commands.USAGE;
        }
        if (!startup.awaitReady(INDEX_WAIT)) {
            err.println("the index is not ready; see the log above");
            return 1;
        }
        List<Path> files = reader.articleFiles(folder);
        Map<IngestOutcome, Integer> counts = new EnumMap<>(IngestOutcome.class);
        List<String> rejected = new ArrayList<>();
        int staged = 0;
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("ingest")
                .setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                .build()) {
            for (Path file : files) {
                try {
                    IngestOutcome outcome = ingestor.stage(reader.read(file));
                    counts.merge(outcome, 1, Integer::sum);
                    if (outcome != IngestOutcome.UNCHANGED && ++staged % BATCH == 0) {
                        ingestor.commit();
                    }
                } catch (InvalidArticleException | UncheckedIOException e) {
                    rejected.add(file.getFileName() + ": " + e.getMessage());
                }
                bar.step();
            }
            ingestor.commit();
        }
        out.printf(
                "ingested %d files from %s: added %d, updated %d, unchanged %d,%s rejected %d%n",
                files.size(),
                folder,
                counts.getOrDefault(IngestOutcome.ADDED, 0),
                counts.getOrDefault(IngestOutcome.UPDATED, 0),
                counts.getOrDefault(IngestOutcome.UNCHANGED, 0),
                counts.containsKey(IngestOutcome.DUPLICATE)
                        ? " exact copies stored once " + counts.get(IngestOutcome.DUPLICATE) + ","
                        : "",
                rejected.size());
        rejected.forEach(r -> out.println("  rejected " + r));
        return rejected.isEmpty() ? 0 : 1;
    }
}
