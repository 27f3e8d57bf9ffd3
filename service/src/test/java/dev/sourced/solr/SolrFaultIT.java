package dev.sourced.solr;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourced.testing.SampleQuestions;
import dev.sourced.testing.ServiceProcess;
import dev.sourced.testing.SolrTestCluster;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.mapper.ObjectMapperType;
import io.restassured.response.Response;
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

    @Test
    void losingANodeCostsNoRequestAndTheNodeCatchesUp() throws Exception {
        SolrBackendIT.deleteRecursively(WORK);
        try (SolrTestCluster cluster = SolrTestCluster.start(WORK.resolve("solr"), 2);
                ServiceProcess service = ServiceProcess.start(
                        WORK.resolve("unused-index"),
                        WORK.resolve("service.log"),
                        Map.of(
                                "SOURCED_INDEX_BACKEND",
                                "solr",
                                "SOURCED_SOLR_URLS",
                                cluster.urlList(),
                                "SOURCED_SOLR_COLLECTION",
                                COLLECTION,
                                "SOURCED_SOLR_SHARDS",
                                "1",
                                "SOURCED_SOLR_REPLICAS",
                                "2",
                                "SOURCED_ADMIN_TOKEN",
                                TOKEN,
                                "SOURCED_LIMITS_ASK_PER_MINUTE",
                                "100000",
                                "SOURCED_LIMITS_ASK_BURST",
                                "1000"))) {
            service.awaitReady(Duration.ofMinutes(2));

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
                            Response reply = i % 2 == 0
                                    ? service.request()
                                            .queryParam("k", 5)
                                            .queryParam("q", question)
                                            .get("/api/search")
                                    : ask(service, question);
                            if (reply.statusCode() == 200) {
                                answered.incrementAndGet();
                            } else {
                                failures.add(reply.statusCode() + " " + reply.asString());
                            }
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                });
            }
            await("requests are answered before the node is lost")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> answered.get() >= REQUESTS_BEFORE);
            int beforeStop = answered.get();
            cluster.stopNode(0);
            await("requests are answered while the node is down")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> answered.get() - beforeStop >= REQUESTS_WHILE_DOWN || failures.size() > 0);
            stop.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
            assertEquals(
                    List.of(),
                    failures.stream().distinct().limit(5).toList(),
                    "no request failed while a node was lost (" + failures.size() + " failed)");

            // Written while node 0 is down (once a leader is elected among the live replicas), then node 0 returns.
            Response written = writeWithRetry(service);
            assertEquals(201, written.statusCode(), written.asString());
            cluster.startNode(0);
            await("node 0's replica is active again and caught up with the article written while it was down")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> replicasHold(cluster.urls().get(1), "while-down"));
            Response found = service.request()
                    .queryParam("k", 3)
                    .queryParam("q", "Tarvik lighthouse keeper")
                    .get("/api/search");
            assertEquals("while-down", found.jsonPath().getString("results[0].source"), found.asString());
        }
    }

    @Test
    void aClusterThatIsDownGivesAJson503NotA500() throws Exception {
        Path work = WORK.resolve("down");
        SolrBackendIT.deleteRecursively(work);
        try (SolrTestCluster cluster = SolrTestCluster.start(work.resolve("solr"), 1);
                ServiceProcess service = ServiceProcess.start(
                        work.resolve("unused-index"),
                        work.resolve("service.log"),
                        Map.of(
                                "SOURCED_INDEX_BACKEND",
                                "solr",
                                "SOURCED_SOLR_URLS",
                                cluster.urlList(),
                                "SOURCED_SOLR_REPLICAS",
                                "1",
                                "SOURCED_SOLR_REQUEST_TIMEOUT",
                                "3s"))) {
            service.awaitReady(Duration.ofMinutes(2));
            assertEquals(
                    200,
                    service.request()
                            .queryParam("q", "summit")
                            .get("/api/search")
                            .statusCode());
            cluster.stopNode(0);

            for (Response reply : List.of(
                    service.request().queryParam("q", "summit").get("/api/search"),
                    service.request().get("/api/documents"))) {
                assertEquals(503, reply.statusCode(), reply.asString());
                assertTrue(reply.jsonPath().getString("error").contains("search cluster"), reply.asString());
            }
            Response ask = ask(service, "What happened?");
            assertEquals(503, ask.statusCode(), ask.asString());
            assertTrue(ask.jsonPath().getString("error") != null, ask.asString());
        }
    }

    /** A write is not retried by the service: it is answered 503 until a leader is elected among the live replicas. */
    private static Response writeWithRetry(ServiceProcess service) {
        Map<String, String> article = Map.of(
                "id",
                "while-down",
                "title",
                "Tarvik lighthouse",
                "text",
                "The Tarvik lighthouse keeper retired on Friday after 41 years. The lamp will now run unattended.");
        return await("a leader takes writes")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> service.request()
                                .header("Authorization", "Bearer " + TOKEN)
                                .contentType(ContentType.JSON)
                                .body(article)
                                .post("/api/documents"),
                        reply -> reply.statusCode() != 503);
    }

    private static Response ask(ServiceProcess service, String question) {
        return service.request()
                .contentType(ContentType.JSON)
                .body(Map.of("question", question))
                .post("/api/ask");
    }

    /** Every replica of the collection is active and each one, asked alone (no distribution), holds the article. */
    private boolean replicasHold(String nodeUrl, String articleId) throws Exception {
        String status = nodeUrl + "/admin/collections?action=CLUSTERSTATUS&wt=json&collection=" + COLLECTION;
        try {
            JsonNode replicas = get(RestAssured.given(), status)
                    .path("cluster")
                    .path("collections")
                    .path(COLLECTION)
                    .path("shards")
                    .path("shard1")
                    .path("replicas");
            List<Long> counts = new ArrayList<>();
            boolean allActive = replicas.size() == 2;
            for (JsonNode replica : replicas) {
                allActive &= "active".equals(replica.path("state").asText());
                JsonNode local = get(
                        RestAssured.given().queryParam("q", "{!term f=article_id}" + articleId),
                        replica.path("base_url").asText() + "/"
                                + replica.path("core").asText() + "/select?distrib=false&rows=0&wt=json");
                counts.add(local.path("response").path("numFound").asLong());
            }
            return allActive
                    && counts.size() == 2
                    && counts.get(0) >= 2
                    && counts.get(0).equals(counts.get(1));
        } catch (java.io.IOException notYet) {
            return false; // the node is still starting
        }
    }

    private static JsonNode get(io.restassured.specification.RequestSpecification request, String url)
            throws java.io.IOException {
        Response r = request.config(ServiceProcess.TIMEOUTS).get(url);
        if (r.statusCode() != 200) {
            throw new java.io.IOException(r.statusCode() + " from " + url);
        }
        return r.as(JsonNode.class, ObjectMapperType.JACKSON_2); // Solr may label its JSON otherwise
    }
}
