package dev.sourced.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.sourced.corpus.Article;
import dev.sourced.corpus.ArticleParser;
import dev.sourced.corpus.CorpusReader;
import dev.sourced.corpus.SentenceSplitter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copy detection against planted copies. Every test run: the bundled articles with copies planted for most of them,
 * where every planted group must be found and no top 5 may hold two copies of a story. With {@code -Dbench.copies}:
 * the bundled articles and news-dev's (read where they lie, {@code ../../shared/eval/news-dev/corpus} from the
 * service module, or {@code -Dbench.news-dev=<folder>}) with a fifth of them copied, figures printed and written to
 * {@code target/copies-report.md}. Inside Quarkus only to share its loaded model.
 */
@QuarkusTest
class CopyBenchmarkTest {
    private static final CorpusReader READER = new CorpusReader(new ArticleParser(new SentenceSplitter()));

    @Inject
    EmbeddingModel model;

    @TempDir
    Path work;

    @Test
    void everyPlantedCopyIsFoundAndNoTopFiveHoldsTwo() throws Exception {
        CopyBenchmark.Report report = new CopyBenchmark(model, work).run(READER.readBundled(), 0.6);
        assertTrue(report.plantedGroups() > 0, "copies were planted");
        assertEquals(1.0, report.quality().recall(), report.markdown("bundled"));
        assertEquals(1.0, report.quality().precision(), report.markdown("bundled"));
        assertEquals(0, report.collapsedListsWithTwo(), report.markdown("bundled"));
    }

    @Test
    void onNewsDev() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("bench.copies"), "run with -Dbench.copies=true");
        Path newsDev = Path.of(System.getProperty("bench.news-dev", "../../shared/eval/news-dev/corpus"));
        List<Article> originals = new ArrayList<>(READER.readBundled());
        String corpus = "bundled";
        if (Files.isDirectory(newsDev)) {
            originals.addAll(READER.readFolder(newsDev));
            corpus = "bundled + news-dev";
        } else {
            System.out.println("news-dev is not at " + newsDev.toAbsolutePath() + ": the bundled corpus only");
        }
        CopyBenchmark.Report report = new CopyBenchmark(model, work).run(originals, 0.2);
        String markdown = String.format(
                "Run on %d cores, load average at start %s, share of originals copied 0.2, seed %d.%n%n%s",
                Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0],
                CopyBenchmark.SEED,
                report.markdown(corpus));
        System.out.println(markdown);
        Files.writeString(Path.of("target", "copies-report.md"), markdown);
    }
}
