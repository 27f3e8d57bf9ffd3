package dev.sourced.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.sourced.embedding.EmbeddingModels;
import dev.sourced.retrieval.Mode;
import dev.sourced.testing.SampleQuestions;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs every benchmark and rewrites the tables in docs/performance.md. On purpose only (minutes, most of it
 * embedding the synthetic corpus once; later runs reuse target/bench-cache):
 * {@code ./mvnw verify -Dit.test=BenchmarkIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.sizes=1000,10000,100000]}.
 */
class BenchmarkIT {
    private static final Duration PER_LEVEL = Duration.ofSeconds(Long.getLong("bench.http.seconds", 15));

    @TempDir
    Path work;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void runAndRecord() throws Exception {
        String modelName = System.getProperty("bench.model", EmbeddingModels.DEFAULT);
        int[] sizes = Arrays.stream(
                        System.getProperty("bench.sizes", "1000,10000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip()))
                .toArray();
        EmbeddingModel model = EmbeddingModels.load(modelName);
        BenchmarkSuite suite = new BenchmarkSuite(model, work, SampleQuestions.LIST);
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Run of %s on %d cores, load average at start %s, model %s.%n%n",
                java.time.LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                loadAverage(),
                modelName));

        BenchmarkSuite.Floor floor = suite.floor(500);
        out.append("| operation | p50 ms | p99 ms | throughput |\n|---|---|---|---|\n")
                .append(floor.row())
                .append('\n');
        String other =
                modelName.equals(EmbeddingModels.MINILM) ? EmbeddingModels.MINILM_QUANTIZED : EmbeddingModels.MINILM;
        BenchmarkSuite.Floor otherFloor =
                new BenchmarkSuite(EmbeddingModels.load(other), work, SampleQuestions.LIST).floor(500);
        out.append(otherFloor.row().replace("question embedding (floor)", "same, " + other))
                .append("\n\n");

        out.append(http(suite, floor));
        if (Arrays.stream(sizes).max().orElse(0) >= 100_000) {
            out.append(largeStart(suite, modelName));
        }
        out.append('\n');

        out.append(
                "| chunks | BM25 p50/p99 ms | kNN p50/p99 ms | hybrid p50/p99 ms | InMemoryEmbeddingStore p50/p99 ms "
                        + "| hybrid speed-up | kNN recall@10 | same, ties counted | index MiB per 1k chunks |\n"
                        + "|---|---|---|---|---|---|---|---|---|\n");
        for (int size : sizes) {
            BenchmarkSuite.Retrieval r =
                    suite.retrieval(size, 200, Path.of("target", "bench-cache", "embeddings-" + modelName + ".bin"));
            out.append(String.format(
                    Locale.ROOT,
                    "| %,d | %s | %s | %s | %s | %.1fx | %.3f | %.3f | %.2f |%n",
                    r.chunks(),
                    pp(r.byMode().get(Mode.BM25)),
                    pp(r.byMode().get(Mode.VECTOR)),
                    pp(r.byMode().get(Mode.HYBRID)),
                    pp(r.inMemory()),
                    r.inMemory().p50() / r.byMode().get(Mode.HYBRID).p50(),
                    r.recallAt10(),
                    r.recallAt10WithTies(),
                    r.bytes() / 1048576.0 / r.chunks() * 1000));
        }
        BenchmarkSuite.Ingestion ingestion = suite.ingestion(1000);
        out.append(String.format(
                Locale.ROOT,
                "%n| ingestion | chunks | texts embedded | chunks/s | texts/s | raw batch "
                        + "embedding texts/s | ratio |%n|---|---|---|---|---|---|---|%n| synthetic corpus, real model | %,d | %,d "
                        + "| %.1f | %.1f | %.1f | %.2f |%n",
                ingestion.chunks(),
                ingestion.texts(),
                ingestion.chunksPerSecond(),
                ingestion.textsPerSecond(),
                ingestion.rawTextsPerSecond(),
                ingestion.ratio()));

        out.append('\n').append(jmh());

        System.out.println(out);
        PerformanceDoc.rewrite("benchmark tables", out);
    }

    /**
     * Start-up time and memory of the packaged service ({@link #startUp}), then /api/ask over real HTTP at 1, 8 and 32
     * clients. The load comes from wrk (Debian's package; .ci/bench installs
     * it), a C client that costs the shared two cores little; without wrk, from the JDK's HttpClient, which adds
     * several milliseconds of its own per request on this machine.
     */
    private String http(BenchmarkSuite suite, BenchmarkSuite.Floor floor) throws Exception {
        StringBuilder out = new StringBuilder();
        Path index = work.resolve("http-index");
        Map<String, String> env = Map.of(
                "SOURCED_LIMITS_ASK_PER_MINUTE",
                "100000000",
                "SOURCED_LIMITS_ASK_BURST",
                "10000000",
                "SOURCED_ANSWER_MAX_CONCURRENT",
                "64");
        out.append(startUp(index, env));
        Path wrk = Path.of("/usr/bin/wrk");
        try (ServiceProcess service = ServiceProcess.start(index, work.resolve("service.log"), env)) {
            service.awaitReady(Duration.ofMinutes(2));
            // Untimed: the JIT compiles the ask path before the first level is measured.
            if (Files.isExecutable(wrk)) {
                wrkLevel(wrk, service, 2);
            } else {
                javaLevel(service, 2);
            }
            out.append(String.format(
                    Locale.ROOT,
                    "Load from %s, %d s per level, questions cycled from the " + "benchmark list.%n%n",
                    Files.isExecutable(wrk) ? "wrk (1-2 threads)" : "the JDK HttpClient (wrk " + "not installed)",
                    PER_LEVEL.toSeconds()));
            out.append("| /api/ask clients | requests | errors | p50 ms | p99 ms | answers/s | vs floor throughput "
                    + "| p50 minus embedding p50 |\n|---|---|---|---|---|---|---|---|\n");
            for (int clients : new int[] {1, 8, 32}) {
                Level level = Files.isExecutable(wrk) ? wrkLevel(wrk, service, clients) : javaLevel(service, clients);
                out.append(String.format(
                        Locale.ROOT,
                        "| %d | %,d | %d | %.2f | %.2f | %.1f | %.2fx | %+.2f ms |%n",
                        clients,
                        level.requests(),
                        level.errors(),
                        level.p50(),
                        level.p99(),
                        level.perSecond(),
                        level.perSecond() / floor.perSecond(),
                        level.p50() - floor.latencies().p50()));
            }
            out.append(
                    String.format(Locale.ROOT, "%nResident memory after the load: %d MiB.%n%n", service.residentMiB()));
            out.append(singleClientAgainstFloor(suite, wrk, service));
        }
        return out.toString();
    }

    /**
     * Single-client ask latency against the floor in alternating short windows (embeddings in this process while the
     * service idles, then asks to the service while this process idles), so that both halves of each difference see
     * the same machine load; the level table above measures them minutes apart.
     */
    private String singleClientAgainstFloor(BenchmarkSuite suite, Path wrk, ServiceProcess service) throws Exception {
        int rounds = 5;
        double[] gaps = new double[rounds];
        double[] asks = new double[rounds];
        double[] floors = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            floors[round] = suite.floor(300).latencies().p50();
            Duration window = Duration.ofSeconds(3);
            asks[round] =
                    (Files.isExecutable(wrk) ? wrkLevel(wrk, service, 1, window) : javaLevel(service, 1, window)).p50();
            gaps[round] = asks[round] - floors[round];
        }
        Arrays.sort(gaps);
        Arrays.sort(asks);
        Arrays.sort(floors);
        return String.format(
                Locale.ROOT,
                "Single client against the floor, %d alternating rounds (300 question "
                        + "embeddings, then 3 s of asks): median ask p50 %.2f ms, median floor p50 %.2f ms, median difference "
                        + "%+.2f ms (%+.2f to %+.2f).%n",
                rounds,
                asks[rounds / 2],
                floors[rounds / 2],
                gaps[rounds / 2],
                gaps[0],
                gaps[rounds - 1]);
    }

    /** Start-up of the packaged service on an existing index of 100k chunks, with its corpus folder to sync. */
    private String largeStart(BenchmarkSuite suite, String modelName) throws Exception {
        Path corpus = work.resolve("large-corpus");
        Path index = work.resolve("large-index");
        suite.corpusWithIndex(
                100_000, corpus, index, Path.of("target", "bench-cache", "embeddings-" + modelName + ".bin"));
        long started = System.nanoTime();
        try (ServiceProcess service = ServiceProcess.start(
                index, work.resolve("large.log"), Map.of("SOURCED_CORPUS_DIR", corpus.toString()))) {
            service.awaitReady(Duration.ofMinutes(5));
            double ready = (System.nanoTime() - started) / 1e9;
            String log = Files.readString(work.resolve("large.log"));
            assertTrue(log.contains("(added 0, updated 0,"), "the service reused the index, embedding nothing");
            return String.format(
                    Locale.ROOT,
                    "%nOn an existing index of 100k synthetic chunks (with its corpus folder "
                            + "to compare by hash), -Xmx512m: ready in %.1f s, resident memory 2 s after ready %d MiB.%n",
                    ready,
                    settledResidentMiB(service));
        }
    }

    /**
     * Time to ready and resident memory of the packaged service on the bundled corpus: a first start that builds the
     * index, then restarts on it, alternating with and without the build's AOT cache, and with the full-precision
     * model on an index of its own; medians of three, each kind beside the others in the same run.
     */
    private String startUp(Path index, Map<String, String> env) throws Exception {
        Start first = start(index, env, true);
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "Packaged service on the bundled corpus, "
                        + "-Xmx512m. First start (builds the index): ready in %.1f s, %d MiB resident 2 s after ready.%n%n",
                first.seconds(),
                first.residentMiB()));
        Path full = work.resolve("full-model-index");
        Map<String, String> fullEnv = new HashMap<>(env);
        fullEnv.put("SOURCED_INDEX_MODEL", EmbeddingModels.MINILM);
        start(full, fullEnv, true);
        List<Start> cached = new ArrayList<>();
        List<Start> uncached = new ArrayList<>();
        List<Start> fullModel = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cached.add(start(index, env, true));
            uncached.add(start(index, env, false));
            fullModel.add(start(full, fullEnv, true));
        }
        boolean aot = ServiceProcess.javaCommand(true, List.of()).stream()
                .anyMatch(option -> option.startsWith("-XX:AOTCache"));
        out.append("| restart on that index (median of 3) | ready s | resident MiB 2 s after ready |\n|---|---|---|\n");
        out.append(startRow(
                EmbeddingModels.DEFAULT + (aot ? ", AOT cache (as documented)" : ", no AOT cache built"), cached));
        out.append(startRow(EmbeddingModels.DEFAULT + ", without the AOT cache", uncached));
        out.append(startRow(EmbeddingModels.MINILM + " (full precision), AOT cache", fullModel))
                .append('\n');
        out.append(wholeProcess()).append('\n');
        return out.toString();
    }

    /**
     * Whole-process figures from /usr/bin/time -v for the command-line tools, which start, work and exit: {@code eval}
     * on the bundled set from an empty index (start, index build, 24 questions), then {@code ask} on that index.
     */
    private String wholeProcess() throws Exception {
        Path time = Path.of("/usr/bin/time");
        if (!Files.isExecutable(time)) {
            return "Whole-process figures skipped: /usr/bin/time is not installed.\n";
        }
        Path index = work.resolve("cli-index");
        StringBuilder out = new StringBuilder("| command, /usr/bin/time -v | wall s | CPU s (user + system) "
                + "| peak resident MiB |\n|---|---|---|---|\n");
        out.append(timedRow(time, "eval (empty index: builds it, answers the bundled set)", index, "eval"));
        out.append(timedRow(
                time,
                "ask (existing index, one question)",
                index,
                "ask",
                "How many South Koreans were in the region as of Thursday?"));
        return out.toString();
    }

    private String timedRow(Path time, String what, Path index, String... args) throws Exception {
        Path report = work.resolve("time.txt");
        List<String> command = new ArrayList<>(List.of(time.toString(), "-v", "-o", report.toString()));
        command.addAll(ServiceProcess.javaCommand(true, List.of("-Dsourced.index.dir=" + index), args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("cli.log").toFile())
                .start();
        assertTrue(
                process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0,
                "the command ran: " + Files.readString(work.resolve("cli.log")));
        String text = Files.readString(report);
        String[] wall = find(text, "Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (\\S+)")
                .split(":");
        double wallSeconds = 0;
        for (String part : wall) {
            wallSeconds = wallSeconds * 60 + Double.parseDouble(part);
        }
        double cpu = Double.parseDouble(find(text, "User time \\(seconds\\): (\\S+)"))
                + Double.parseDouble(find(text, "System time \\(seconds\\): (\\S+)"));
        long peakKiB = Long.parseLong(find(text, "Maximum resident set size \\(kbytes\\): (\\d+)"));
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %d |%n", what, wallSeconds, cpu, peakKiB / 1024);
    }

    private record Start(double seconds, long residentMiB) {}

    private Start start(Path index, Map<String, String> env, boolean aotCache) throws Exception {
        long started = System.nanoTime();
        try (ServiceProcess service = ServiceProcess.start(index, work.resolve("start.log"), env, aotCache)) {
            service.awaitReady(Duration.ofMinutes(2));
            double ready = (System.nanoTime() - started) / 1e9;
            return new Start(ready, settledResidentMiB(service));
        }
    }

    private static String startRow(String what, List<Start> starts) {
        double[] seconds = starts.stream().mapToDouble(Start::seconds).sorted().toArray();
        long[] resident = starts.stream().mapToLong(Start::residentMiB).sorted().toArray();
        return String.format(
                Locale.ROOT, "| %s | %.2f | %d |%n", what, seconds[seconds.length / 2], resident[resident.length / 2]);
    }

    /** Resident memory once start-up's transient allocations have settled. */
    private static long settledResidentMiB(ServiceProcess service) throws Exception {
        Thread.sleep(2_000);
        return service.residentMiB();
    }

    /** One load level's figures. */
    private record Level(long requests, long errors, double p50, double p99, double perSecond) {}

    private Level wrkLevel(Path wrk, ServiceProcess service, int clients) throws Exception {
        return wrkLevel(wrk, service, clients, PER_LEVEL);
    }

    private Level wrkLevel(Path wrk, ServiceProcess service, int clients, Duration duration) throws Exception {
        Path script = work.resolve("ask.lua");
        StringBuilder lua = new StringBuilder(
                "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = " + "\"application/json\"\nlocal bodies = {\n");
        for (String q : SampleQuestions.LIST) {
            lua.append("  [[{\"question\": \"")
                    .append(q.replace("\"", "").replace("]]", ""))
                    .append("\"}]],\n");
        }
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
                + "  return wrk.format(nil, nil, nil, bodies[(i % #bodies) + 1])\nend\n");
        Files.writeString(script, lua);
        List<String> command = List.of(
                wrk.toString(),
                "-t" + Math.min(clients, 2),
                "-c" + clients,
                "-d" + duration.toSeconds() + "s",
                "--latency",
                "--timeout",
                "30s",
                "-s",
                script.toString(),
                service.url("/api/ask"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor() == 0, "wrk ran: " + report);
        long requests = Long.parseLong(find(report, "(\\d+) requests in"));
        long errors = Long.parseLong(find(report, "Non-2xx or 3xx responses: (\\d+)", "0"))
                + Arrays.stream(find(report, "Socket errors: ([^\\n]+)", "").split(","))
                        .map(part -> part.replaceAll("[^0-9]", ""))
                        .filter(n -> !n.isEmpty())
                        .mapToLong(Long::parseLong)
                        .sum();
        return new Level(
                requests,
                errors,
                // The latency distribution's own lines: "50%" also ends a percentage of the thread stats ("87.50%").
                millis(find(report, "(?m)^\\s+50%\\s+(\\S+)")),
                millis(find(report, "(?m)^\\s+99%\\s+(\\S+)")),
                Double.parseDouble(find(report, "Requests/sec:\\s+(\\S+)")));
    }

    private Level javaLevel(ServiceProcess service, int clients) throws Exception {
        return javaLevel(service, clients, PER_LEVEL);
    }

    private Level javaLevel(ServiceProcess service, int clients, Duration duration) throws Exception {
        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Latencies>> parts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            parts.add(pool.submit(() -> {
                Latencies mine = new Latencies();
                int i = client;
                while (System.nanoTime() < end) {
                    String q = SampleQuestions.LIST.get(i++ % SampleQuestions.LIST.size());
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
        return new Level(
                latencies.count(),
                errors.get(),
                latencies.p50(),
                latencies.p99(),
                latencies.count() / (double) duration.toSeconds());
    }

    private static String find(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no '" + regex + "' in the report:\n" + text);
        }
        return m.group(1);
    }

    private static String find(String text, String regex, String otherwise) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }

    /** wrk prints "5.83ms", "812.00us" or "1.02s". */
    private static double millis(String value) {
        if (value.endsWith("us")) {
            return Double.parseDouble(value.substring(0, value.length() - 2)) / 1000;
        }
        if (value.endsWith("ms")) {
            return Double.parseDouble(value.substring(0, value.length() - 2));
        }
        if (value.endsWith("s")) {
            return Double.parseDouble(value.substring(0, value.length() - 1)) * 1000;
        }
        throw new AssertionError("not a wrk duration: " + value);
    }

    /**
     * The in-process steps again under JMH (sample time, fork-less because the embedding cache and model load would
     * dominate a forked JVM's run), at one corpus size: a cross-check of the hand-timed figures above.
     */
    private static String jmh() throws Exception {
        String chunks = System.getProperty("bench.jmh.chunks", "10000");
        Options options = new OptionsBuilder()
                .include(AskPathBenchmark.class.getName() + "\\.")
                .forks(0)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(3))
                .param("chunks", chunks)
                .build();
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "JMH 1.37, sample time, %s chunks, 2 x 2 s warm-up, 3 x 3 s measured, no fork:%n%n"
                        + "| JMH benchmark | p50 ms | p99 ms | samples | vs question embedding p50 |%n|---|---|---|---|---|%n",
                chunks));
        Collection<RunResult> results = new Runner(options).run();
        double floor = results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("questionEmbedding"))
                .mapToDouble(r -> r.getPrimaryResult().getStatistics().getPercentile(50))
                .findFirst()
                .orElse(Double.NaN);
        for (RunResult result : results) {
            Statistics stats = result.getPrimaryResult().getStatistics();
            String name = result.getParams().getBenchmark();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %,d | %.2fx |%n",
                    name.substring(name.lastIndexOf('.') + 1),
                    stats.getPercentile(50),
                    stats.getPercentile(99),
                    stats.getN(),
                    stats.getPercentile(50) / floor));
        }
        return out.toString();
    }

    private int ask(ServiceProcess service, String question) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(service.url("/api/ask")))
                                    .header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(30))
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"question\": \"" + question.replace("\"", "") + "\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
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
