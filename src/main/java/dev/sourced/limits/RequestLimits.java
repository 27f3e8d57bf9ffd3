package dev.sourced.limits;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;

/**
 * Rate limits per client address on the question and Slack endpoints, answered with 429, a {@code Retry-After}
 * and the API's JSON error body, before any work is done.
 */
@ApplicationScoped
public class RequestLimits {
    private final RateLimiter ask;
    private final RateLimiter slack;

    public RequestLimits(LimitsConfig config) {
        this.ask = new RateLimiter(config.askPerMinute(), config.askBurst(), System::nanoTime);
        this.slack = new RateLimiter(config.slackPerMinute(), config.slackBurst(), System::nanoTime);
    }

    void install(@Observes Router router) {
        router.route("/api/ask*").order(-90).handler(ctx -> limit(ctx, ask));
        router.route("/slack/*").order(-90).handler(ctx -> limit(ctx, slack));
    }

    private static void limit(RoutingContext ctx, RateLimiter limiter) {
        String client = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
        Optional<Duration> wait = limiter.tryAcquire(client);
        if (wait.isEmpty()) {
            ctx.next();
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        ctx.response().setStatusCode(429).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader("Retry-After", Long.toString(seconds))
                .end("{\"error\":\"too many requests: try again in " + seconds + " s\"}");
    }
}
