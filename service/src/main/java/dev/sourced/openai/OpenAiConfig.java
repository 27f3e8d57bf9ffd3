package dev.sourced.openai;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The OpenAI-compatible API ({@code /v1/...}). */
@ConfigMapping(prefix = "sourced.openai")
public interface OpenAiConfig {
    /**
     * The key its callers send as {@code Authorization: Bearer <key>}, as OpenAI clients send theirs. Unset (or
     * blank), the API is open like {@code /api/ask}. Never logged.
     */
    Optional<String> apiKey();
}
