package dev.sourced.mcp;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** The Model Context Protocol server ({@code /mcp}). */
@ConfigMapping(prefix = "sourced.mcp")
public interface McpConfig {
    /**
     * The key its clients send as {@code Authorization: Bearer <key>}. Unset (or blank), the endpoint is open like
     * {@code /api/ask}. Never logged.
     */
    Optional<String> apiKey();

    /**
     * The web origins ({@code https://app.example}, {@code http://localhost:*}) whose pages may call the endpoint. A
     * request that carries any other {@code Origin} header is a 403, as the protocol asks of servers (it keeps a web
     * page a visitor opens from reaching a server on their machine); agents send none. Unset, no page may.
     */
    Optional<List<String>> allowedOrigins();
}
