package dev.sourced.solr;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.embedding.EmbeddingModels;
import dev.sourced.testing.ServiceProcess;
import dev.sourced.testing.SolrTestCluster;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A cluster that is down when the service starts: not ready, said once in the log, ready when the cluster comes up;
 * then the same collection opened with another embedding model is rebuilt.
 */
class SolrStartupIT {
    private static final Path WORK = Path.of("target", "solr-startup-it");

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void theServiceWaitsNotReadyForAClusterThatComesUpLater() throws Exception {
        SolrBackendIT.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        int port;
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path log = WORK.resolve("service.log");
        String urls = "http://127.0.0.1:" + port + "/solr";
        SolrTestCluster cluster = null;
        try {
            try (ServiceProcess service = ServiceProcess.start(
                    WORK.resolve("unused-index"),
                    log,
                    Map.of("SOURCED_INDEX_BACKEND", "solr", "SOURCED_SOLR_URLS", urls, "SOURCED_SOLR_REPLICAS", "1"))) {
                await("a log line saying the cluster does not answer")
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> read(log).contains("retrying every"));
                Response ready = service.request().get("/q/health/ready");
                assertEquals(503, ready.statusCode(), ready.asString());
                assertTrue(ready.asString().contains("does not answer"), "readiness says why: " + ready.asString());
                Response search = service.request().queryParam("q", "summit").get("/api/search");
                assertEquals(503, search.statusCode(), search.asString());

                cluster = SolrTestCluster.start(WORK.resolve("solr"), 1, port);
                service.awaitReady(Duration.ofMinutes(2));
                assertEquals(
                        200,
                        service.request()
                                .queryParam("q", "summit")
                                .get("/api/search")
                                .statusCode());
                String text = Files.readString(log);
                assertEquals(
                        1,
                        text.split("retrying every", -1).length - 1,
                        "the outage is logged once, not at every retry");
                assertTrue(text.contains("the search backend answers now"));
            }

            // The same collection opened with another embedding model is rebuilt from the corpus, not mixed.
            Path second = WORK.resolve("rebuild.log");
            try (ServiceProcess service = ServiceProcess.start(
                    WORK.resolve("unused-index"),
                    second,
                    Map.of(
                            "SOURCED_INDEX_BACKEND",
                            "solr",
                            "SOURCED_SOLR_URLS",
                            urls,
                            "SOURCED_INDEX_MODEL",
                            EmbeddingModels.MINILM))) {
                service.awaitReady(Duration.ofMinutes(2));
                // Readiness turns UP just before the start-up logs what its sync did: wait for that line.
                await("the log line of the finished start-up sync")
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> read(second).contains("index ready:"));
                String text = Files.readString(second);
                assertTrue(text.contains("rebuilding"), "the model change was noticed");
                assertTrue(
                        text.contains("(added 5, updated 0, unchanged 0, removed 0)"),
                        "every article was embedded again with the new model");
                assertEquals(
                        5,
                        service.request()
                                .get("/api/documents")
                                .jsonPath()
                                .getList("documents")
                                .size());
                Response answer = service.request()
                        .contentType(ContentType.JSON)
                        .body(Map.of("question", "How many South Koreans were in the region as of Thursday?"))
                        .post("/api/ask");
                assertTrue(answer.jsonPath().getString("answer").contains("64"), answer.asString());
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }
}
