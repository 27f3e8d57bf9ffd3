package dev.sourced.mcp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sourced.testing.AllSurfacesProfile;
import dev.sourced.testing.IndexReady;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With {@code sourced.mcp.api-key} set, every request to {@code /mcp} needs it as a bearer token. */
@QuarkusTest
@TestProfile(AllSurfacesProfile.class)
class McpKeyTest {
    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    private McpSyncClient client(HttpRequest.Builder requests) {
        return McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + root.getPort())
                        .endpoint("/mcp")
                        .requestBuilder(requests)
                        .build())
                .requestTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void aClientWithTheKeyIsServed() {
        McpSyncClient client =
                client(HttpRequest.newBuilder().header("Authorization", "Bearer " + AllSurfacesProfile.MCP_KEY));
        try {
            client.initialize();
            assertEquals(
                    Set.of("search", "ask"),
                    client.listTools().tools().stream()
                            .map(McpSchema.Tool::name)
                            .collect(Collectors.toSet()));
        } finally {
            client.closeGracefully();
        }
    }

    @Test
    void aClientWithoutItIsTurnedAway() {
        McpSyncClient client = client(HttpRequest.newBuilder());
        try {
            assertThrows(RuntimeException.class, client::initialize);
        } finally {
            client.closeGracefully();
        }
        given().contentType("application/json")
                .header("Authorization", "Bearer wrong")
                .body("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/list\"}")
                .post("/mcp")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("error", equalTo("the API key is not valid"));
    }
}
