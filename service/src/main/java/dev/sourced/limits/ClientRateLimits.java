package dev.sourced.limits;

import dev.sourced.edge.FilterOrder;
import dev.sourced.edge.RejectedRequestException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Per-client-address rate limits on the question endpoints (ask, ask/stream, search, the OpenAI-compatible chat
 * completions and the MCP endpoint, each of whose messages counts, share one bucket: each embeds and searches) and the
 * Slack endpoints: over the limit is a 429 with a {@code Retry-After}, before any work is done (so is the ask page when
 * it answers {@code /?q=} itself). The address is the peer's, or the client's as a trusted proxy
 * reports it when proxy forwarding is configured (docs/deployment.md).
 */
@ApplicationScoped
public class ClientRateLimits {
    private final RateLimiter ask;
    private final RateLimiter slack;

    public ClientRateLimits(LimitsConfig config) {
        this.ask = new RateLimiter(config.askPerMinute(), config.askBurst(), System::nanoTime);
        this.slack = new RateLimiter(config.slackPerMinute(), config.slackBurst(), System::nanoTime);
    }

    @ServerRequestFilter(preMatching = true, priority = FilterOrder.RATE)
    public void limit(ContainerRequestContext request, HttpServerRequest http) {
        limiterFor(request).ifPresent(limiter -> {
            String client = http.remoteAddress() == null
                    ? "unknown"
                    : http.remoteAddress().hostAddress();
            limiter.tryAcquire(client).ifPresent(ClientRateLimits::reject);
        });
    }

    private Optional<RateLimiter> limiterFor(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        // The ask page answers /?q=... itself when the browser runs no script.
        boolean pageAsks =
                path.equals("/") && request.getUriInfo().getQueryParameters().containsKey("q");
        if (pageAsks
                || path.startsWith("/api/ask")
                || path.startsWith("/api/search")
                || path.startsWith("/v1/chat/")
                || path.equals("/mcp")) {
            return Optional.of(ask);
        }
        if (path.startsWith("/slack/")) {
            return Optional.of(slack);
        }
        return Optional.empty();
    }

    private static void reject(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        throw new RejectedRequestException(
                429,
                "too many requests: try again in " + seconds + " s",
                Map.of("Retry-After", Long.toString(seconds)));
    }
}
