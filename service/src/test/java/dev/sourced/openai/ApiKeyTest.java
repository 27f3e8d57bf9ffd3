package dev.sourced.openai;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTest {
    private static final String KEY = "sk-local-1";

    private static ApiKey key(String configured) {
        OpenAiConfig config = () -> Optional.ofNullable(configured);
        return new ApiKey(config, new OpenAiErrors());
    }

    @Test
    void theRightKeyPassesInAnyCaseOfBearer() {
        assertDoesNotThrow(() -> key(KEY).check("Bearer " + KEY));
        assertDoesNotThrow(() -> key(KEY).check("bearer  " + KEY + " "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {"", "Bearer", "Bearer ", "Basic c2stbG9jYWwtMQ==", "Bearer sk-local-2", "Bearer sk-local-1x"})
    void anyOtherAuthorizationIsA401InvalidApiKey(String authorization) {
        OpenAiRejection rejected = assertThrows(OpenAiRejection.class, () -> key(KEY).check(authorization));
        assertEquals(401, rejected.status());
        assertEquals("invalid_api_key", rejected.code());
        assertEquals("Bearer", rejected.headers().get("WWW-Authenticate"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void withoutAKeyTheApiIsOpen(String configured) {
        assertDoesNotThrow(() -> key(configured).check(null));
    }
}
