package dev.sourced.mcp;

import dev.sourced.edge.RejectedRequestException;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /mcp}: the Model Context Protocol's streamable HTTP endpoint, stateless: every JSON-RPC message is
 * answered in its own response, so a {@code GET} for a server-sent stream is a 405, as the protocol allows. HTTP only:
 * the protocol is {@link SourcedMcpServer}'s SDK server. A plain return value, so it runs on a worker thread.
 */
@Path(McpResource.PATH)
public class McpResource {
    static final String PATH = "/mcp";

    private final SourcedMcpServer server;
    private final DefaultServerTransportSecurityValidator origins;

    public McpResource(SourcedMcpServer server, McpConfig config) {
        this.server = server;
        this.origins = DefaultServerTransportSecurityValidator.builder()
                .allowedOrigins(config.allowedOrigins().orElse(List.of()))
                .build();
    }

    static boolean claims(String path) {
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Model Context Protocol (streamable HTTP, stateless): the tools search and ask, the articles")
    public Response message(String body, @Context UriInfo uri, @HeaderParam("Origin") String origin) {
        if (origin != null) {
            try {
                origins.validateHeaders(Map.of("Origin", List.of(origin)));
            } catch (ServerTransportSecurityException e) {
                throw new RejectedRequestException(
                        e.getStatusCode(),
                        "the origin '" + RejectedRequestException.echoed(origin)
                                + "' may not call this endpoint (sourced.mcp.allowed-origins)");
            }
        }
        return server.handle(body, McpTransportContext.create(Map.of(Tools.BASE_URI, uri.getBaseUri())));
    }
}
