package dev.sourced.solr;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.ServiceProcess;
import dev.sourced.testing.SolrTestCluster;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A cluster that requires basic authentication for every request: the service's configured credentials reach it,
 * wrong ones keep the service not-ready with the reason, and the password is never logged.
 */
class SolrAuthIT {
    private static final Path WORK = Path.of("target", "solr-auth-it");
    private static final String PASSWORD = "SolrRocks";
    /** User "solr" with the password above, salted and hashed as Solr's BasicAuthPlugin stores it. */
    private static final String SECURITY_JSON = """
            {
              "authentication": {
                "blockUnknown": true,
                "class": "solr.BasicAuthPlugin",
                "credentials": {"solr": "IV0EHq1OnNrj6gvRCwvFwTrZ1+z1oBbnQdiVC3otuq0= Ndd7LKvVBAaZIF0QAVi1ekCfAJXr1GGfLtRUXhgrF8c="}
              },
              "authorization": {
                "class": "solr.RuleBasedAuthorizationPlugin",
                "permissions": [{"name": "all", "role": "admin"}],
                "user-role": {"solr": "admin"}
              }
            }
            """;

    @Test
    void theConfiguredCredentialsReachASecuredCluster() throws Exception {
        SolrBackendIT.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Path security = Files.writeString(WORK.resolve("security.json"), SECURITY_JSON);
        try (SolrTestCluster cluster = SolrTestCluster.start(WORK.resolve("solr"), "768m", security, 1)) {
            Path wrongLog = WORK.resolve("wrong.log");
            try (ServiceProcess wrong = ServiceProcess.start(
                    WORK.resolve("unused-index"),
                    wrongLog,
                    Map.of(
                            "SOURCED_INDEX_BACKEND",
                            "solr",
                            "SOURCED_SOLR_URLS",
                            cluster.urlList(),
                            "SOURCED_SOLR_REPLICAS",
                            "1",
                            "SOURCED_SOLR_USERNAME",
                            "solr",
                            "SOURCED_SOLR_PASSWORD",
                            "not-the-password"))) {
                await("a log line saying the cluster refuses the service")
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> read(wrongLog).contains("retrying every"));
                assertEquals(503, wrong.request().get("/q/health/ready").statusCode());
                String refused = read(wrongLog)
                        .lines()
                        .filter(l -> l.contains("retrying every"))
                        .findFirst()
                        .orElseThrow();
                assertTrue(refused.contains("401"), "the log line gives the cluster's answer: " + refused);
            }

            Path log = WORK.resolve("service.log");
            try (ServiceProcess service = ServiceProcess.start(
                    WORK.resolve("unused-index"),
                    log,
                    Map.of(
                            "SOURCED_INDEX_BACKEND",
                            "solr",
                            "SOURCED_SOLR_URLS",
                            cluster.urlList(),
                            "SOURCED_SOLR_REPLICAS",
                            "1",
                            "SOURCED_SOLR_USERNAME",
                            "solr",
                            "SOURCED_SOLR_PASSWORD",
                            PASSWORD))) {
                service.awaitReady(Duration.ofMinutes(2));
                Response answer = service.request()
                        .contentType(ContentType.JSON)
                        .body(Map.of("question", "How many South Koreans were in the region as of Thursday?"))
                        .post("/api/ask");
                assertEquals(200, answer.statusCode(), answer.asString());
                assertTrue(answer.jsonPath().getString("answer").contains("64"), answer.asString());
            }
            assertFalse(
                    read(log).contains(PASSWORD) || read(wrongLog).contains("not-the-password"),
                    "no password in the logs");
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
