package dev.sourced.openai;

import dev.sourced.edge.BearerSecret;
import dev.sourced.edge.FilterOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The optional key of the OpenAI-compatible API: when {@code sourced.openai.api-key} is set, every {@code /v1/...}
 * request must send {@code Authorization: Bearer <key>} (compared in constant time) or gets a 401 before its body is
 * read, unknown paths included, so that nothing is learnt without it. Unset, the API is open.
 */
@ApplicationScoped
public class ApiKey {
    private final Optional<BearerSecret> key;
    private final OpenAiErrors paths;

    public ApiKey(OpenAiConfig config, OpenAiErrors paths) {
        this.key = BearerSecret.of(config.apiKey());
        this.paths = paths;
    }

    @ServerRequestFilter(preMatching = true, priority = FilterOrder.API_KEY)
    public void require(ContainerRequestContext request) {
        if (key.isPresent() && paths.claims(request.getUriInfo().getPath())) {
            check(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        }
    }

    /** @throws OpenAiRejection 401 when a key is configured and {@code authorization} does not carry it */
    void check(String authorization) {
        key.flatMap(k -> k.apiKeyProblem(authorization)).ifPresent(problem -> {
            throw unauthorized(problem);
        });
    }

    private static OpenAiRejection unauthorized(String message) {
        return new OpenAiRejection(
                401, message, null, "invalid_api_key", Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }
}
