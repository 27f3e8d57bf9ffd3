package dev.sourced.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.edge.RejectedRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiErrorsTest {
    private final OpenAiErrors errors = new OpenAiErrors();

    @ParameterizedTest
    @CsvSource({
        "400, invalid_request_error,",
        "404, invalid_request_error,",
        "413, invalid_request_error,",
        "415, invalid_request_error,",
        "401, authentication_error,",
        "403, permission_error,",
        "429, rate_limit_error, rate_limit_exceeded",
        "500, server_error,",
        "503, server_error,"
    })
    void theTypeFollowsTheStatus(int status, String type, String code) {
        OpenAiErrors.Body body =
                (OpenAiErrors.Body) errors.body(status, "m", new RejectedRequestException(status, "m"));
        assertEquals(new OpenAiErrors.Error("m", type, null, code), body.error());
    }

    @ParameterizedTest
    @CsvSource({"/v1/chat/completions, true", "/v1/models, true", "/v1, true", "/api/ask, false", "/v10, false"})
    void itClaimsTheV1PathsOnly(String path, boolean claimed) {
        assertEquals(claimed, errors.claims(path));
    }

    @org.junit.jupiter.api.Test
    void anOpenAiRejectionGivesItsParamAndCode() {
        OpenAiErrors.Body body = (OpenAiErrors.Body) errors.body(
                404, "no such model", new OpenAiRejection(404, "no such model", "model", "model_not_found"));
        assertEquals(
                new OpenAiErrors.Error("no such model", "invalid_request_error", "model", "model_not_found"),
                body.error());
        assertTrue(errors.claims("/v1/models/x"));
        assertFalse(errors.claims("/articles/x"));
    }
}
