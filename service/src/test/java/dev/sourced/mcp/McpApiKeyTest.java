package dev.sourced.mcp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sourced.edge.RejectedRequestException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class McpApiKeyTest {
    private static final String KEY = "mcp-local-1";

    private static McpApiKey key(String configured) {
        return new McpApiKey(new McpConfig() {
            @Override
            public Optional<String> apiKey() {
                return Optional.ofNullable(configured);
            }

            @Override
            public Optional<List<String>> allowedOrigins() {
                return Optional.empty();
            }
        });
    }

    @Test
    void theRightKeyPassesInAnyCaseOfBearer() {
        assertDoesNotThrow(() -> key(KEY).check("Bearer " + KEY));
        assertDoesNotThrow(() -> key(KEY).check("bearer  " + KEY + " "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {"", "Bearer", "Bearer ", "Basic bWNwLWxvY2FsLTE=", "Bearer mcp-local-2", "Bearer mcp-local-1x"})
    void anyOtherAuthorizationIsA401NamingNoKey(String authorization) {
        RejectedRequestException rejected =
                assertThrows(RejectedRequestException.class, () -> key(KEY).check(authorization));
        assertEquals(401, rejected.status());
        assertEquals("Bearer", rejected.headers().get("WWW-Authenticate"));
        assertFalse(rejected.getMessage().contains(KEY));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void withoutAKeyTheEndpointIsOpen(String configured) {
        assertDoesNotThrow(() -> key(configured).check(null));
    }

    @Test
    void onlyTheMcpPathIsClaimed() {
        assertEquals(true, McpResource.claims("/mcp"));
        assertEquals(false, McpResource.claims("/mcpx"));
        assertEquals(false, McpResource.claims("/api/ask"));
    }
}
