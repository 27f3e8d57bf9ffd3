package dev.sourced.answer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The OpenAI-compatible chat server used when {@code sourced.answer.generator=llm}. */
@ConfigMapping(prefix = "sourced.llm")
public interface LlmConfig {
    /** Base URL of the OpenAI-compatible API: OpenAI, Ollama ({@code http://localhost:11434/v1}), vLLM, llama.cpp. */
    @WithDefault("https://api.openai.com/v1")
    String baseUrl();

    @WithDefault("gpt-4o-mini")
    String model();

    /** The API key; local servers usually need none. Never logged. */
    Optional<String> apiKey();

    /** How long one answer may take before the extractive generator answers instead. */
    @WithDefault("20s")
    Duration timeout();

    @WithDefault("400")
    int maxTokens();

    @WithDefault("0.0")
    double temperature();
}
