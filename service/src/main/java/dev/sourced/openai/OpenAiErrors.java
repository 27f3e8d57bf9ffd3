package dev.sourced.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sourced.edge.ErrorShape;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Errors of {@code /v1/...} as OpenAI writes them, {@code {"error": {"message", "type", "param", "code"}}}, so that
 * OpenAI clients report the message instead of failing to read the body. The type follows the status; {@code code}
 * is set where OpenAI sets one ({@code model_not_found}, {@code invalid_api_key}, {@code rate_limit_exceeded}).
 */
@ApplicationScoped
public class OpenAiErrors implements ErrorShape {
    static final String PATH = "/v1/";

    @Override
    public boolean claims(String path) {
        return path.startsWith(PATH) || path.equals("/v1");
    }

    @Override
    public Object body(int status, String message, Throwable cause) {
        String param = cause instanceof OpenAiRejection r ? r.param() : null;
        String code = cause instanceof OpenAiRejection r ? r.code() : status == 429 ? "rate_limit_exceeded" : null;
        return new Body(new Error(message, type(status), param, code));
    }

    /** A failure after a stream's status line was sent, told as an event of the stream. */
    static Body streamed(String message) {
        return new Body(new Error(message, type(500), null, null));
    }

    static String type(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
    }

    /** The whole body. */
    record Body(Error error) {}

    /** {@code param} and {@code code} are {@code null} when there is nothing to say, as in OpenAI's own errors. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Error(String message, String type, String param, String code) {}
}
