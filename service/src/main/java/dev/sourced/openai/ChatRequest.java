package dev.sourced.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sourced.answer.Asker;
import dev.sourced.answer.Detail;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /v1/chat/completions}, as much of OpenAI's as Sourced reads: the model (a generator), the
 * messages, whether to stream, and two fields of Sourced's own that {@code /api/ask} takes too, {@code k} (passages,
 * 1-50) and {@code detail} (how long an overview answer may be). Every other field (temperature, max_tokens,
 * tools, …) is accepted and ignored: the answer is the articles', not a sampled one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatRequest(
        String model,

        @NotNull(message = "'messages' is required")
        @Size(min = 1, message = "'messages' must hold at least one message")
        List<Message> messages,

        Boolean stream,

        @Min(value = 1, message = ChatRequest.K_RANGE) @Max(value = 50, message = ChatRequest.K_RANGE)
        Integer k,

        @Pattern(regexp = "(?i)brief|standard|full", message = "'detail' must be 'brief', 'standard' or 'full'")
        String detail) {
    static final String REQUIRED = "a JSON body with 'messages' is required";
    static final String K_RANGE = "'k' must be a whole number from 1 to 50";

    boolean streamed() {
        return Boolean.TRUE.equals(stream);
    }

    int passages() {
        return k == null ? Asker.DEFAULT_PASSAGES : k;
    }

    Detail overviewDetail() {
        return Detail.named(detail);
    }

    /**
     * One message: its role and its content, a string or an array of content parts (of which only text parts are
     * read); {@code null} content, as an assistant's tool call has, is no text.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String role, JsonNode content) {}
}
