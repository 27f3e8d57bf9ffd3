package dev.sourced.mcp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.testing.IndexReady;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MCP endpoint as an agent meets it: the MCP Java SDK's own client over real HTTP, the streamable HTTP
 * transport, against the test application and its bundled corpus.
 */
@QuarkusTest
class McpServerTest {
    private static final String QUESTION = "Who is China's ambassador to the United Nations?";
    private static final String ARTICLE = "001_cac66bdd6cab3789";
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    @TestHTTPResource("/")
    URL root;

    private McpSyncClient client;

    @BeforeEach
    void connect() {
        IndexReady.await();
        client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + root.getPort())
                        .endpoint("/mcp")
                        .jsonMapper(schemaMapper())
                        .build())
                .requestTimeout(Duration.ofSeconds(60))
                .build();
        McpSchema.InitializeResult initialized = client.initialize();
        assertEquals("sourced", initialized.serverInfo().name());
    }

    /**
     * A mapper that resolves the schema's type ids ("…McpSchema$TextResourceContents") with the schema's own class
     * loader. Jackson otherwise asks the thread's context loader, and the SDK's client threads may have been started
     * under an application an earlier test ran, whose classes are not this one's: "Not a subtype".
     */
    private static JacksonMcpJsonMapper schemaMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.setTypeFactory(mapper.getTypeFactory().withClassLoader(McpSchema.class.getClassLoader()));
        return new JacksonMcpJsonMapper(mapper);
    }

    @AfterEach
    void close() {
        client.closeGracefully();
    }

    /** The result of calling {@code tool}, which must not be a tool error. */
    private McpSchema.CallToolResult called(String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        assertFalse(Boolean.TRUE.equals(result.isError()), result.toString());
        return result;
    }

    @Test
    void listsSearchAndAskWithTheirSchemas() {
        Map<String, McpSchema.Tool> tools =
                client.listTools().tools().stream().collect(Collectors.toMap(McpSchema.Tool::name, t -> t));
        assertEquals(Set.of("search", "ask"), tools.keySet());
        McpSchema.Tool ask = tools.get("ask");
        assertEquals(List.of("question"), ask.inputSchema().get("required"));
        assertTrue(((Map<?, ?>) ask.inputSchema().get("properties"))
                .keySet()
                .containsAll(List.of("question", "k", "detail")));
        assertTrue(((Map<?, ?>) ask.outputSchema().get("properties")).containsKey("citations"));
        McpSchema.Tool search = tools.get("search");
        assertEquals(List.of("query"), search.inputSchema().get("required"));
        assertTrue(((Map<?, ?>) search.outputSchema().get("properties")).containsKey("results"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void askAnswersWithCitationsAsStructuredContent() {
        McpSchema.CallToolResult result = called("ask", Map.of("question", QUESTION, "k", 5));
        Map<String, Object> body = (Map<String, Object>) result.structuredContent();
        assertEquals(true, body.get("answered"));
        assertEquals(QUESTION, body.get("question"));
        String answer = (String) body.get("answer");
        assertTrue(answer.contains("Zhang Jun"), answer);
        List<Map<String, Object>> citations = (List<Map<String, Object>>) body.get("citations");
        assertFalse(citations.isEmpty());
        assertTrue(citations.stream().anyMatch(c -> ARTICLE.equals(c.get("source"))), citations.toString());
        Matcher markers = MARKER.matcher(answer);
        while (markers.find()) {
            int n = Integer.parseInt(markers.group(1));
            assertTrue(citations.stream().anyMatch(c -> ((Number) c.get("n")).intValue() == n), "[" + n + "]");
        }
        for (Map<String, Object> c : citations) {
            String url = (String) c.get("url");
            assertTrue(url.startsWith("http://") && url.contains("/articles/" + c.get("source")), url);
            assertFalse(((String) c.get("text")).isBlank());
        }
        String text = ((McpSchema.TextContent) result.content().get(0)).text();
        assertTrue(text.startsWith(answer) && text.contains("Sources:"), text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchGivesPassagesWithTheirArticles() {
        McpSchema.CallToolResult result = called("search", Map.of("query", QUESTION, "k", 3));
        List<Map<String, Object>> results =
                (List<Map<String, Object>>) ((Map<String, Object>) result.structuredContent()).get("results");
        assertEquals(3, results.size());
        assertTrue(results.stream().anyMatch(r -> ARTICLE.equals(r.get("articleId"))), results.toString());
        for (Map<String, Object> r : results) {
            int start = ((Number) r.get("start")).intValue();
            int end = ((Number) r.get("end")).intValue();
            assertTrue(start < end);
            assertTrue(((String) r.get("url")).contains("hl=" + start + "-" + end), r.toString());
        }
        assertInstanceOf(McpSchema.TextContent.class, result.content().get(0));
    }

    @Test
    void listsAndReadsArticles() {
        List<McpSchema.Resource> resources = client.listResources().resources();
        McpSchema.Resource article = resources.stream()
                .filter(r -> r.uri().equals("sourced://articles/" + ARTICLE))
                .findFirst()
                .orElseThrow(() -> new AssertionError(resources.size() + " resources, not " + ARTICLE));
        assertEquals("text/plain", article.mimeType());
        assertFalse(article.title().isBlank());
        McpSchema.ReadResourceResult read = client.readResource(new McpSchema.ReadResourceRequest(article.uri()));
        String text = ((McpSchema.TextResourceContents) read.contents().get(0)).text();
        assertTrue(text.contains("Zhang Jun"), text);
        assertEquals(
                "sourced://articles/{id}",
                client.listResourceTemplates().resourceTemplates().get(0).uriTemplate());
    }

    @Test
    void anUnknownArticleIsAProtocolError() {
        McpError error = assertThrows(
                McpError.class,
                () -> client.readResource(new McpSchema.ReadResourceRequest("sourced://articles/no_such_article")));
        assertEquals(
                McpSchema.ErrorCodes.RESOURCE_NOT_FOUND, error.getJsonRpcError().code());
    }

    @Test
    void badArgumentsAreToolErrorsWithTheMessage() {
        for (Map<String, Object> arguments : List.<Map<String, Object>>of(
                Map.of(),
                Map.of("question", QUESTION, "k", 0),
                Map.of("question", QUESTION, "detail", "long"),
                Map.of("question", "   "))) {
            McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("ask", arguments));
            assertEquals(Boolean.TRUE, result.isError(), arguments + " -> " + result);
            String message = ((McpSchema.TextContent) result.content().get(0)).text();
            assertFalse(message.isBlank(), arguments.toString());
            assertNotEquals("internal error", message, arguments.toString());
        }
    }

    @Test
    void eachMessageIsAnsweredAloneAndAnythingElseIsA400() {
        given().contentType("application/json")
                .body("{\"not\": \"json-rpc\"}")
                .post("/mcp")
                .then()
                .statusCode(400);
        given().get("/mcp").then().statusCode(405);
        given().contentType("application/json")
                .body("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/list\"}")
                .post("/mcp")
                .then()
                .statusCode(200)
                .body("result.tools.name", hasItems("search", "ask"));
    }

    @Test
    void aWebPageOfAnotherOriginIsTurnedAway() {
        given().contentType("application/json")
                .header("Origin", "https://evil.example")
                .body("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/list\"}")
                .post("/mcp")
                .then()
                .statusCode(403)
                .body("error", containsString("https://evil.example"));
    }
}
