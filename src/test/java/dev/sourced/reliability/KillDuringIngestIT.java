package dev.sourced.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import dev.sourced.testing.Http;
import dev.sourced.testing.ServiceProcess;
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

    private final Http http = new Http();

    @Test
    void noAcknowledgedArticleIsLostAndTheIndexReopens() throws Exception {
        Path index = work.resolve("index");
        Path log = work.resolve("service.log");
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();

        try (ServiceProcess first = ServiceProcess.start(index, log, Map.of("SOURCED_ADMIN_TOKEN", TOKEN))) {
            first.awaitReady(http.client(), Duration.ofMinutes(2));
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
            await("enough writes are acknowledged").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> acknowledged.size() >= ACKS_BEFORE_KILL);
            first.kill();
            stop.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertTrue(acknowledged.size() >= ACKS_BEFORE_KILL, "enough writes were acknowledged before the kill");
        assertTrue(next.get() < MAX_ARTICLES, "the kill came while clients were still writing");

        try (ServiceProcess second = ServiceProcess.start(index, log, Map.of("SOURCED_ADMIN_TOKEN", TOKEN))) {
            second.awaitReady(http.client(), Duration.ofMinutes(2));
            String listing = get(second, "/api/documents");
            for (int n : acknowledged) {
                assertTrue(listing.contains("\"id\":\"kill-" + n + "\""), "acknowledged article kill-" + n + " survived");
            }
            int sample = acknowledged.iterator().next();
            String found = get(second, "/api/search?k=3&q=" + word(sample));
            assertTrue(found.contains("kill-" + sample), "a surviving article is searchable: " + found);
            String text = get(second, "/api/documents/kill-" + sample);
            assertTrue(text.contains(word(sample)), "and whole: " + text);
            assertEquals(200, status(second, "/api/search?q=harbour"), "the index answers");
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

    private int post(ServiceProcess service, int n) throws Exception {
        String text = "Report number " + n + " from the harbour desk. The ship " + word(n)
                + " docked on Tuesday with 40 containers. Officials said the port would stay open.";
        return http.post(service, "/api/documents", Http.json(Map.of("id", "kill-" + n, "text", text)), TOKEN)
                .status();
    }

    private String get(ServiceProcess service, String path) throws Exception {
        Http.Reply reply = http.get(service, path);
        assertEquals(200, reply.status(), path + " -> " + reply.body());
        return reply.body();
    }

    private int status(ServiceProcess service, String path) throws Exception {
        return http.get(service, path).status();
    }
}
