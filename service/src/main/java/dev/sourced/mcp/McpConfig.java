package dev.sourced.mcp;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The Model Context Protocol server ({@code /mcp}). */
@ConfigMapping(prefix = "sourced.mcp")
public interface McpConfig {
    /**
     * The key its clients send as {@code Authorization: Bearer <key>}. Unset (or blank), the endpoint is open like
     * {@code /api/ask}. Never logged.
     */
    Optional<String> apiKey();
}
