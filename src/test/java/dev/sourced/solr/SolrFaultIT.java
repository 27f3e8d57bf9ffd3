package dev.sourced.solr;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourced.testing.Http;
import dev.sourced.testing.SampleQuestions;
import dev.sourced.testing.ServiceProcess;
import dev.sourced.testing.SolrTestCluster;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A collection of one shard with two replicas on a real 2-node SolrCloud: losing a node mid-run costs no request,
 * the node catches up when it comes back, and a cluster that is entirely down gives 503s with a JSON body.
 */
class SolrFaultIT {
    private static final String TOKEN = "solr-fault-token";
    private static final Path WORK = Path.of("target", "solr-fault-it");
    private static final String COLLECTION = "ha";

    /** Enough answers to know the clients are running before the loss, and to have crossed it after. */
    private static final int REQUESTS_BEFORE = 20;
    private static final int REQUESTS_WHILE_DOWN = 60;

    private final Http http = new Http();

    @Test
    void losingANodeCostsNoRequestAndTheNodeCatchesUp() throws Exception {
        SolrBackendIT.deleteRecursively(WORK);
        try (SolrTestCluster cluster = SolrTestCluster.start(WORK.resolve("solr"), 2);
                ServiceProcess service = ServiceProcess.start(WORK.resolve("unused-index"), WORK.resolve("service.log"),
                        Map.of("SOURCED_INDEX_BACKEND", "solr", "SOURCED_SOLR_URLS", cluster.urlList(),
                                "SOURCED_SOLR_COLLECTION", COLLECTION, "SOURCED_SOLR_SHARDS", "1",
                                "SOURCED_SOLR_REPLICAS", "2", "SOURCED_ADMIN_TOKEN", TOKEN,
                                "SOURCED_LIMITS_ASK_PER_MINUTE", "100000", "SOURCED_LIMITS_ASK_BURST", "1000"))) {
            service.awaitReady(http.client(), Duration.ofMinutes(2));

            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger answered = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(2);
            for (int c = 0; c < 2; c++) {
                int client = c;
                clients.execute(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String question = SampleQuestions.LIST.get((i + client) % SampleQuestions.LIST.size());
                        try {
                            Http.Reply reply = i % 2 == 0
                                    ? http.get(service, "/api/search?k=5&q=" + Http.query(question))
                                    : http.post(service, "/api/ask", Http.json(Map.of("question", question)), null);
                            if (reply.status() == 200) {
                                answered.incrementAndGet();
                            } else {
                                failures.add(reply.status() + " " + reply.body());
                            }
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                });
            }
            await("requests are answered before the node is lost").atMost(Duration.ofSeconds(60))
                    .until(() -> answered.get() >= REQUESTS_BEFORE);
            int beforeStop = answered.get();
            cluster.stopNode(0);
            await("requests are answered while the node is down").atMost(Duration.ofSeconds(60))
                    .until(() -> answered.get() - beforeStop >= REQUESTS_WHILE_DOWN || failures.size() > 0);
            stop.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
            assertEquals(List.of(), failures.stream().distinct().limit(5).toList(),
                    "no request failed while a node was lost (" + failures.size() + " failed)");

            // Written while node 0 is down (once a leader is elected among the live replicas), then node 0 returns.
            Http.Reply written = writeWithRetry(service);
            assertEquals(201, written.status(), written.body());
            cluster.startNode(0);
            await("node 0's replica is active again and caught up with the article written while it was down")
                    .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> replicasHold(cluster.urls().get(1), "while-down"));
            JsonNode found = http.get(service, "/api/search?k=3&q=" + Http.query("Tarvik lighthouse keeper")).json();
            assertEquals("while-down", found.get("results").get(0).get("source").asText(), found.toString());
        }
    }

    @Test
    void aClusterThatIsDownGivesAJson503NotA500() throws Exception {
        Path work = WORK.resolve("down");
        SolrBackendIT.deleteRecursively(work);
        try (SolrTestCluster cluster = SolrTestCluster.start(work.resolve("solr"), 1);
                ServiceProcess service = ServiceProcess.start(work.resolve("unused-index"), work.resolve("service.log"),
                        Map.of("SOURCED_INDEX_BACKEND", "solr", "SOURCED_SOLR_URLS", cluster.urlList(),
                                "SOURCED_SOLR_REPLICAS", "1", "SOURCED_SOLR_REQUEST_TIMEOUT", "3s"))) {
            service.awaitReady(http.client(), Duration.ofMinutes(2));
            assertEquals(200, http.get(service, "/api/search?q=" + Http.query("summit")).status());
            cluster.stopNode(0);

            for (String path : List.of("/api/search?q=" + Http.query("summit"), "/api/documents")) {
                Http.Reply reply = http.get(service, path);
                assertEquals(503, reply.status(), path + " -> " + reply.body());
                assertTrue(reply.json().get("error").asText().contains("search cluster"), reply.body());
            }
            Http.Reply ask = http.post(service, "/api/ask", Http.json(Map.of("question", "What happened?")), null);
            assertEquals(503, ask.status(), ask.body());
            assertTrue(ask.json().has("error"), ask.body());
        }
    }

    /** A write is not retried by the service: it is answered 503 until a leader is elected among the live replicas. */
    private Http.Reply writeWithRetry(ServiceProcess service) throws Exception {
        String body = Http.json(Map.of("id", "while-down", "title", "Tarvik lighthouse", "text",
                "The Tarvik lighthouse keeper retired on Friday after 41 years. The lamp will now run unattended."));
        return await("a leader takes writes").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.post(service, "/api/documents", body, TOKEN), reply -> reply.status() != 503);
    }

    /** Every replica of the collection is active and each one, asked alone (no distribution), holds the article. */
    private boolean replicasHold(String nodeUrl, String articleId) throws Exception {
        String status = nodeUrl + "/admin/collections?action=CLUSTERSTATUS&wt=json&collection=" + COLLECTION;
        try {
            JsonNode replicas = get(status).path("cluster").path("collections").path(COLLECTION).path("shards")
                    .path("shard1").path("replicas");
            List<Long> counts = new ArrayList<>();
            boolean allActive = replicas.size() == 2;
            for (JsonNode replica : replicas) {
                allActive &= "active".equals(replica.path("state").asText());
                JsonNode local = get(replica.path("base_url").asText() + "/" + replica.path("core").asText()
                        + "/select?distrib=false&rows=0&wt=json&q=" + Http.query("{!term f=article_id}" + articleId));
                counts.add(local.path("response").path("numFound").asLong());
            }
            return allActive && counts.size() == 2 && counts.get(0) >= 2 && counts.get(0).equals(counts.get(1));
        } catch (java.io.IOException notYet) {
            return false; // the node is still starting
        }
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.client().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new java.io.IOException(r.statusCode() + " from " + url);
        }
        return new Http.Reply(r.statusCode(), r.body()).json();
    }
}
