package dev.sourced.solr;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.embedding.EmbeddingModels;
import dev.sourced.testing.Http;
import dev.sourced.testing.ServiceProcess;
import dev.sourced.testing.SolrTestCluster;
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

    private final Http http = new Http();

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
            try (ServiceProcess service = ServiceProcess.start(WORK.resolve("unused-index"), log,
                    Map.of("SOURCED_INDEX_BACKEND", "solr", "SOURCED_SOLR_URLS", urls, "SOURCED_SOLR_REPLICAS", "1"))) {
                await("a log line saying the cluster does not answer").atMost(Duration.ofSeconds(60))
                        .until(() -> read(log).contains("retrying every"));
                Http.Reply ready = http.get(service, "/q/health/ready");
                assertEquals(503, ready.status(), ready.body());
                assertTrue(ready.body().contains("does not answer"), "readiness says why: " + ready.body());
                Http.Reply search = http.get(service, "/api/search?q=summit");
                assertEquals(503, search.status(), search.body());

                cluster = SolrTestCluster.start(WORK.resolve("solr"), 1, port);
                service.awaitReady(http.client(), Duration.ofMinutes(2));
                assertEquals(200, http.get(service, "/api/search?q=summit").status());
                String text = Files.readString(log);
                assertEquals(1, text.split("retrying every", -1).length - 1,
                        "the outage is logged once, not at every retry");
                assertTrue(text.contains("the search backend answers now"));
            }

            // The same collection opened with another embedding model is rebuilt from the corpus, not mixed.
            Path second = WORK.resolve("rebuild.log");
            try (ServiceProcess service = ServiceProcess.start(WORK.resolve("unused-index"), second,
                    Map.of("SOURCED_INDEX_BACKEND", "solr", "SOURCED_SOLR_URLS", urls,
                            "SOURCED_INDEX_MODEL", EmbeddingModels.MINILM))) {
                service.awaitReady(http.client(), Duration.ofMinutes(2));
                String text = Files.readString(second);
                assertTrue(text.contains("rebuilding"), "the model change was noticed");
                assertTrue(text.contains("(added 5, updated 0, unchanged 0, removed 0)"),
                        "every article was embedded again with the new model");
                assertEquals(5, http.get(service, "/api/documents").json().get("documents").size());
                Http.Reply answer = http.post(service, "/api/ask", Http.json(Map.of("question",
                        "How many South Koreans were in the region as of Thursday?")), null);
                assertTrue(answer.json().get("answer").asText().contains("64"), answer.body());
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }
}
