package dev.sourced.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SDK's stateless MCP server, with the tools {@code search} and {@code ask} and the articles as resources, over
 * {@link StatelessTransport}. Its handlers run on the request's worker thread ({@code immediateExecution}), where the
 * asking takes its place in {@code Asker}'s bulkhead as every surface's does.
 */
@ApplicationScoped
public class SourcedMcpServer {
    private final StatelessTransport transport;
    private final McpStatelessSyncServer server;
    private final ArticleResources articles;

    public SourcedMcpServer(
            Tools tools,
            ArticleResources articles,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        // The protocol's own mapper, not the API's strict one: a newer client's unknown fields must be ignored.
        McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper().findAndRegisterModules());
        this.articles = articles;
        this.transport = new StatelessTransport(json);
        this.server = McpServer.sync(transport)
                .serverInfo("sourced", version)
                .instructions("A news archive. 'ask' answers a question from the articles, every claim cited with"
                        + " the passage it rests on; 'search' gives the matching passages. Articles are resources,"
                        + " " + ArticleResources.PREFIX + "{id}.")
                .capabilities(McpSchema.ServerCapabilities.builder()
                        .tools(false)
                        .resources(false, false)
                        .build())
                .jsonMapper(json)
                .validateToolInputs(true)
                .immediateExecution(true)
                .tools(tools.search(json), tools.ask(json))
                .resourceTemplates(articles.template())
                .build();
    }

    Response handle(String body, McpTransportContext context) {
        return transport.handle(body, context, method -> {
            if (McpSchema.METHOD_RESOURCES_LIST.equals(method)) {
                articles.refresh(server);
            }
        });
    }

    @PreDestroy
    void close() {
        server.close();
    }
}
