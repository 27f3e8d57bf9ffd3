package dev.sourced.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.sourced.index.EmbeddingModels;
import dev.sourced.retrieval.Mode;
import dev.sourced.testing.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every benchmark and rewrites the tables in docs/performance.md. On purpose only (minutes, most of it
 * embedding the synthetic corpus once; later runs reuse target/bench-cache):
 * {@code ./mvnw verify -Dit.test=BenchmarkIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.sizes=1000,10000,100000]}.
 */
class BenchmarkIT {
    static final String START = "<!-- benchmark tables: start -->";
    static final String END = "<!-- benchmark tables: end -->";
    private static final Duration PER_LEVEL = Duration.ofSeconds(Long.getLong("bench.http.seconds", 15));

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void runAndRecord() throws Exception {
        String modelName = System.getProperty("bench.model", EmbeddingModels.MINILM);
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,10000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        EmbeddingModel model = EmbeddingModels.load(modelName);
        BenchmarkSuite suite = new BenchmarkSuite(model, work, BenchQuestions.LIST);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Run of %s on %d cores, load average at start %s, model %s.%n%n",
                java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(), loadAverage(), modelName));

        BenchmarkSuite.Floor floor = suite.floor(500);
        out.append("| operation | p50 ms | p99 ms | throughput |\n|---|---|---|---|\n").append(floor.row()).append('\n');
        String other = modelName.equals(EmbeddingModels.MINILM) ? EmbeddingModels.MINILM_QUANTIZED : EmbeddingModels.MINILM;
        BenchmarkSuite.Floor otherFloor = new BenchmarkSuite(EmbeddingModels.load(other), work, BenchQuestions.LIST)
                .floor(500);
        out.append(otherFloor.row().replace("question embedding (floor)", "same, " + other)).append("\n\n");

        out.append(http(floor)).append('\n');

        out.append("| chunks | BM25 p50/p99 ms | kNN p50/p99 ms | hybrid p50/p99 ms | InMemoryEmbeddingStore p50/p99 ms "
                + "| hybrid speed-up | kNN recall@10 | same, ties counted | index MiB per 1k chunks |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (int size : sizes) {
            BenchmarkSuite.Retrieval r = suite.retrieval(size, 200,
                    Path.of("target", "bench-cache", "embeddings-" + modelName + ".bin"));
            out.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %.1fx | %.3f | %.3f | %.2f |%n",
                    r.chunks(), pp(r.byMode().get(Mode.BM25)), pp(r.byMode().get(Mode.VECTOR)),
                    pp(r.byMode().get(Mode.HYBRID)), pp(r.inMemory()),
                    r.inMemory().p50() / r.byMode().get(Mode.HYBRID).p50(), r.recallAt10(), r.recallAt10WithTies(),
                    r.bytes() / 1048576.0 / r.chunks() * 1000));
        }
        BenchmarkSuite.Ingestion ingestion = suite.ingestion(1000);
        out.append(String.format(Locale.ROOT, "%n| ingestion | chunks | texts embedded | chunks/s | texts/s | raw batch "
                + "embedding texts/s | ratio |%n|---|---|---|---|---|---|---|%n| synthetic corpus, real model | %,d | %,d "
                + "| %.1f | %.1f | %.1f | %.2f |%n", ingestion.chunks(), ingestion.texts(), ingestion.chunksPerSecond(),
                ingestion.textsPerSecond(), ingestion.rawTextsPerSecond(), ingestion.ratio()));

        out.append('\n').append(jmh());

        System.out.println(out);
        Path doc = Path.of("docs", "performance.md");
        String text = Files.readString(doc);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertTrue(start >= 0 && end > start, "docs/performance.md has the benchmark markers");
        Files.writeString(doc, text.substring(0, start + START.length()) + "\n" + out + text.substring(end));
    }

    /** /api/ask over real HTTP at 1, 8 and 32 clients, with start-up time and memory of the packaged service. */
    private String http(BenchmarkSuite.Floor floor) throws Exception {
        StringBuilder out = new StringBuilder();
        Path log = work.resolve("service.log");
        long started = System.nanoTime();
        try (ServiceProcess service = ServiceProcess.start(work.resolve("http-index"), log,
                Map.of("SOURCED_LIMITS_ASK_PER_MINUTE", "100000000", "SOURCED_LIMITS_ASK_BURST", "10000000",
                        "SOURCED_ANSWER_MAX_CONCURRENT", "64"))) {
            service.awaitReady(http, Duration.ofMinutes(2));
            double readySeconds = (System.nanoTime() - started) / 1e9;
            long rss = service.residentMiB();
            out.append(String.format(Locale.ROOT, "Packaged service on the bundled corpus (first start, index built, "
                    + "-Xmx512m): ready in %.1f s, resident memory after start %d MiB.%n%n", readySeconds, rss));
            out.append("| /api/ask clients | requests | errors | p50 ms | p99 ms | answers/s | vs floor throughput "
                    + "| p50 minus embedding p50 |\n|---|---|---|---|---|---|---|---|\n");
            for (int clients : new int[] {1, 8, 32}) {
                Latencies latencies = new Latencies();
                AtomicInteger errors = new AtomicInteger();
                long end = System.nanoTime() + PER_LEVEL.toNanos();
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                List<Future<Latencies>> parts = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    parts.add(pool.submit(() -> {
                        Latencies mine = new Latencies();
                        int i = client;
                        while (System.nanoTime() < end) {
                            String q = BenchQuestions.LIST.get(i++ % BenchQuestions.LIST.size());
                            long t0 = System.nanoTime();
                            int status = ask(service, q);
                            mine.add(System.nanoTime() - t0);
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                        }
                        return mine;
                    }));
                }
                for (Future<Latencies> part : parts) {
                    latencies.addAll(part.get());
                }
                pool.shutdown();
                pool.awaitTermination(1, TimeUnit.MINUTES);
                double perSecond = latencies.count() / (double) PER_LEVEL.toSeconds();
                out.append(String.format(Locale.ROOT, "| %d | %,d | %d | %.2f | %.2f | %.1f | %.2fx | %+.2f ms |%n",
                        clients, latencies.count(), errors.get(), latencies.p50(), latencies.p99(), perSecond,
                        perSecond / floor.perSecond(), latencies.p50() - floor.latencies().p50()));
            }
        }
        return out.toString();
    }

    /**
     * The in-process steps again under JMH (sample time, fork-less because the embedding cache and model load would
     * dominate a forked JVM's run), at one corpus size: a cross-check of the hand-timed figures above.
     */
    private static String jmh() throws Exception {
        String chunks = System.getProperty("bench.jmh.chunks", "10000");
        Options options = new OptionsBuilder().include(AskPathBenchmark.class.getName() + "\\.").forks(0)
                .warmupIterations(2).warmupTime(TimeValue.seconds(2)).measurementIterations(3)
                .measurementTime(TimeValue.seconds(3)).param("chunks", chunks).build();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "JMH 1.37, sample time, %s chunks, 2 x 2 s warm-up, 3 x 3 s measured, no fork:%n%n"
                        + "| JMH benchmark | p50 ms | p99 ms | samples | vs question embedding p50 |%n|---|---|---|---|---|%n",
                chunks));
        Collection<RunResult> results = new Runner(options).run();
        double floor = results.stream().filter(r -> r.getParams().getBenchmark().endsWith("questionEmbedding"))
                .mapToDouble(r -> r.getPrimaryResult().getStatistics().getPercentile(50)).findFirst().orElse(Double.NaN);
        for (RunResult result : results) {
            Statistics stats = result.getPrimaryResult().getStatistics();
            String name = result.getParams().getBenchmark();
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %,d | %.2fx |%n",
                    name.substring(name.lastIndexOf('.') + 1), stats.getPercentile(50), stats.getPercentile(99),
                    stats.getN(), stats.getPercentile(50) / floor));
        }
        return out.toString();
    }

    private int ask(ServiceProcess service, String question) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(service.url("/api/ask")))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"" + question.replace("\"", "") + "\"}"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String pp(Latencies l) {
        return String.format(Locale.ROOT, "%.2f / %.2f", l.p50(), l.p99());
    }

    private static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
    }
}
