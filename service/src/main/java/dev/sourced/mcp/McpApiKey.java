package dev.sourced.mcp;

import dev.sourced.edge.BearerSecret;
import dev.sourced.edge.FilterOrder;
import dev.sourced.edge.RejectedRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The optional key of the MCP endpoint: when {@code sourced.mcp.api-key} is set, every request to {@code /mcp} must
 * send {@code Authorization: Bearer <key>} (compared in constant time) or gets a 401 before its body is read. MCP
 * clients send it as a header of their HTTP transport; unset, the endpoint is open.
 */
@ApplicationScoped
public class McpApiKey {
    private final Optional<BearerSecret> key;

    public McpApiKey(McpConfig config) {
        this.key = BearerSecret.of(config.apiKey());
    }

    @ServerRequestFilter(preMatching = true, priority = FilterOrder.API_KEY)
    public void require(ContainerRequestContext request) {
        if (key.isPresent() && McpResource.claims(request.getUriInfo().getPath())) {
            check(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        }
    }

    /** @throws RejectedRequestException 401 when a key is configured and {@code authorization} does not carry it */
    void check(String authorization) {
        key.flatMap(k -> k.apiKeyProblem(authorization)).ifPresent(problem -> {
            throw unauthorized(problem);
        });
    }

    private static RejectedRequestException unauthorized(String message) {
        return new RejectedRequestException(401, message, Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }
}
