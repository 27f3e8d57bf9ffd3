package dev.sourced.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.SampleQuestions;
import dev.sourced.testing.ServiceProcess;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 32 clients asking and searching for 60 s over loopback against the packaged service while articles are ingested,
 * bounded in time and count. Run on purpose (docs/performance.md):
 * {@code ./mvnw verify -Dit.test=LoadIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LoadIT {
    private static final String TOKEN = "load-test-token";
    private static final int CLIENTS = Integer.getInteger("load.clients", 32);
    private static final Duration LENGTH = Duration.ofSeconds(Long.getLong("load.seconds", 60));
    private static final int MAX_REQUESTS = 2_000_000;

    @TempDir
    Path work;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void manyClientsWithIngestionMeanwhile() throws Exception {
        Path log = work.resolve("service.log");
        Map<String, String> env = Map.of(
                "SOURCED_ADMIN_TOKEN",
                TOKEN,
                "SOURCED_LIMITS_ASK_PER_MINUTE",
                "1000000",
                "SOURCED_LIMITS_ASK_BURST",
                "100000",
                "SOURCED_ANSWER_MAX_CONCURRENT",
                "64");
        try (ServiceProcess service = ServiceProcess.start(work.resolve("index"), log, env)) {
            service.awaitReady(Duration.ofMinutes(2));
            long rssAfterStart = service.residentMiB();
            Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
            Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
            Set<String> ingested = ConcurrentHashMap.newKeySet();
            AtomicInteger requests = new AtomicInteger();
            List<Long> rss = Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + LENGTH.toNanos();

            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                pool.execute(() -> {
                    int i = client;
                    while (System.nanoTime() < end && requests.incrementAndGet() < MAX_REQUESTS) {
                        String q = SampleQuestions.LIST.get(i++ % SampleQuestions.LIST.size());
                        boolean ask = i % 5 < 3;
                        long t0 = System.nanoTime();
                        int status = ask
                                ? send(
                                        "POST",
                                        service.url("/api/ask"),
                                        "{\"question\": \"" + q.replace("\"", "") + "\"}")
                                : send(
                                        "GET",
                                        service.url(
                                                "/api/search?k=5&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)),
                                        null);
                        latencies
                                .computeIfAbsent(
                                        ask ? "ask" : "search", k -> Collections.synchronizedList(new ArrayList<>()))
                                .add(System.nanoTime() - t0);
                        statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
                    }
                });
            }
            pool.execute(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    String id = "load-" + n++;
                    String body = "{\"id\": \"" + id + "\", \"text\": \"Load article " + n + ". The depot received " + n
                            + " crates on Monday. Officials expect more deliveries.\"}";
                    long t0 = System.nanoTime();
                    int status = send("POST", service.url("/api/documents"), body);
                    latencies
                            .computeIfAbsent("ingest", k -> Collections.synchronizedList(new ArrayList<>()))
                            .add(System.nanoTime() - t0);
                    statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
                    if (status / 100 == 2) {
                        ingested.add(id);
                    }
                    sleep(100);
                }
            });
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    try {
                        rss.add(service.residentMiB());
                    } catch (Exception e) {
                        return;
                    }
                    sleep(5_000);
                }
            });
            pool.shutdown();
            assertTrue(pool.awaitTermination(LENGTH.toSeconds() + 120, TimeUnit.SECONDS));

            String listing = get(service, "/api/documents");
            long lost = ingested.stream()
                    .filter(id -> !listing.contains("\"id\":\"" + id + "\""))
                    .count();
            StringBuilder report = new StringBuilder();
            report.append(String.format(
                    Locale.ROOT,
                    "cores %d, load average %s, %d clients for %d s%n",
                    Runtime.getRuntime().availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).strip(),
                    CLIENTS,
                    LENGTH.toSeconds()));
            report.append("| request | count | per second | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
            latencies.forEach((kind, values) -> {
                List<Long> sorted = values.stream().sorted().toList();
                report.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.1f | %.1f | %.1f |%n",
                        kind,
                        sorted.size(),
                        sorted.size() / (double) LENGTH.toSeconds(),
                        pct(sorted, 0.50),
                        pct(sorted, 0.99)));
            });
            report.append("statuses: ").append(statuses).append('\n');
            report.append("ingested ")
                    .append(ingested.size())
                    .append(", lost ")
                    .append(lost)
                    .append('\n');
            report.append("RSS MiB after start ")
                    .append(rssAfterStart)
                    .append(", during the run ")
                    .append(rss)
                    .append(", at the end ")
                    .append(service.residentMiB())
                    .append('\n');
            System.out.println(report);
            Files.writeString(Path.of("target", "load-report.md"), report);

            long serverErrors = statuses.entrySet().stream()
                    .filter(e -> e.getKey() >= 500 || e.getKey() < 0)
                    .mapToLong(e -> e.getValue().sum())
                    .sum();
            assertEquals(0, serverErrors, "no 5xx and no failed connection: " + statuses);
            assertEquals(0, lost, "no acknowledged document lost");
            assertTrue(ingested.size() > 10, "documents were ingested meanwhile");
        }
    }

    private int send(String method, String url, String json) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
            if (json != null) {
                request.header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + TOKEN)
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private String get(ServiceProcess service, String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(service.url(path))).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty()
                ? 0
                : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
