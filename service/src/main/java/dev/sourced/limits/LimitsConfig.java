package dev.sourced.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-client request rates and body sizes. */
@ConfigMapping(prefix = "sourced.limits")
public interface LimitsConfig {
    /**
     * Questions a minute one client may ask ({@code /api/ask}, {@code /api/ask/stream}, {@code /api/search},
     * {@code /v1/chat/completions}, each message to {@code /mcp}).
     */
    @WithDefault("120")
    int askPerMinute();

    /** Questions one client may ask in a burst before the per-minute rate applies. */
    @WithDefault("20")
    int askBurst();

    /** Requests a minute to {@code /slack/*} from one address (Slack's own servers send them all). */
    @WithDefault("600")
    int slackPerMinute();

    @WithDefault("100")
    int slackBurst();
}
