package dev.sourced.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.ServiceProcess;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged service, ingests articles from several clients, kills the process with SIGKILL mid-stream,
 * restarts it on the same index and checks that every acknowledged article is there, whole and searchable.
 */
class KillDuringIngestIT {
    private static final String TOKEN = "kill-test-token";
    private static final int CLIENTS = 4;
    private static final int ACKS_BEFORE_KILL = 40;
    private static final int MAX_ARTICLES = 400;

    @TempDir
    Path work;

    @Test
    void noAcknowledgedArticleIsLostAndTheIndexReopens() throws Exception {
        Path index = work.resolve("index");
        Path log = work.resolve("service.log");
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();

        try (ServiceProcess first = ServiceProcess.start(index, log, Map.of("SOURCED_ADMIN_TOKEN", TOKEN))) {
            first.awaitReady(Duration.ofMinutes(2));
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.execute(() -> {
                    while (!stop.get()) {
                        int n = next.getAndIncrement();
                        if (n >= MAX_ARTICLES) {
                            return;
                        }
                        try {
                            if (post(first, n) / 100 == 2) {
                                acknowledged.add(n);
                            }
                        } catch (Exception connectionLost) {
                            return;
                        }
                    }
                });
            }
            await("enough writes are acknowledged")
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> acknowledged.size() >= ACKS_BEFORE_KILL);
            first.kill();
            stop.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertTrue(acknowledged.size() >= ACKS_BEFORE_KILL, "enough writes were acknowledged before the kill");
        assertTrue(next.get() < MAX_ARTICLES, "the kill came while clients were still writing");

        try (ServiceProcess second = ServiceProcess.start(index, log, Map.of("SOURCED_ADMIN_TOKEN", TOKEN))) {
            second.awaitReady(Duration.ofMinutes(2));
            String listing = get(second.request(), "/api/documents");
            for (int n : acknowledged) {
                assertTrue(
                        listing.contains("\"id\":\"kill-" + n + "\""), "acknowledged article kill-" + n + " survived");
            }
            int sample = acknowledged.iterator().next();
            String found = get(second.request().queryParam("k", 3).queryParam("q", word(sample)), "/api/search");
            assertTrue(found.contains("kill-" + sample), "a surviving article is searchable: " + found);
            String text = get(second.request(), "/api/documents/kill-" + sample);
            assertTrue(text.contains(word(sample)), "and whole: " + text);
            assertEquals(
                    200,
                    second.request()
                            .queryParam("q", "harbour")
                            .get("/api/search")
                            .statusCode(),
                    "the index answers");
        }
        assertTrue(Files.readString(log).contains("index ready"));
    }

    /**
     * A made-up word unique to article n, so search can find exactly it: its digits spelt with consonants only, which
     * the English stemmer leaves alone (no plural "s", no vowel to form a suffix).
     */
    private static String word(int n) {
        StringBuilder word = new StringBuilder("zorblax");
        Integer.toString(n).chars().forEach(digit -> word.append("bcdfghjkmp".charAt(digit - '0')));
        return word.toString();
    }

    private static int post(ServiceProcess service, int n) {
        String text = "Report number " + n + " from the harbour desk. The ship " + word(n)
                + " docked on Tuesday with 40 containers. Officials said the port would stay open.";
        return service.request()
                .header("Authorization", "Bearer " + TOKEN)
                .contentType(ContentType.JSON)
                .body(Map.of("id", "kill-" + n, "text", text))
                .post("/api/documents")
                .statusCode();
    }

    private static String get(RequestSpecification request, String path) {
        Response reply = request.get(path);
        assertEquals(200, reply.statusCode(), path + " -> " + reply.asString());
        return reply.asString();
    }
}
