package dev.sourced.openai;

import dev.sourced.edge.RejectedRequestException;
import java.util.Map;

/**
 * A request of the OpenAI-compatible API turned away, with what OpenAI's error body adds to the message: the request
 * field at fault ({@code param}, {@code null} for none) and a machine-readable {@code code} ({@code null} for none).
 */
class OpenAiRejection extends RejectedRequestException {
    private final String param;
    private final String code;

    OpenAiRejection(int status, String message, String param, String code) {
        this(status, message, param, code, Map.of());
    }

    OpenAiRejection(int status, String message, String param, String code, Map<String, String> headers) {
        super(status, message, headers);
        this.param = param;
        this.code = code;
    }

    /** A request the caller must fix, naming the field at fault. */
    static OpenAiRejection invalid(String param, String message) {
        return new OpenAiRejection(400, message, param, null);
    }

    String param() {
        return param;
    }

    String code() {
        return code;
    }
}
