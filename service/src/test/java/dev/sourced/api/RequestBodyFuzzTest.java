package dev.sourced.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any JSON body to a question endpoint, or any query to search, is answered or rejected with a JSON error: never a
 * 5xx. The bodies go through real HTTP, the filters, Jackson, Bean Validation, the normaliser and, when they get
 * that far, retrieval and the generator.
 */
@QuarkusTest
class RequestBodyFuzzTest {
    private static final List<String> QUESTION_PATHS = List.of("/api/ask", "/api/ask/stream");

    @FuzzTest(maxDuration = "5s")
    void anyBodyIsAnsweredOrRejectedWithAJsonError(byte[] input) {
        IndexReady.await();
        if (input.length == 0) {
            return;
        }
        // The last byte picks the endpoint (0 ask, 1 ask/stream, 2 search with the rest as its query). Raw bytes, not a
        // FuzzedDataProvider: Quarkus hands test arguments across class loaders, which a provider does not survive.
        int target = Byte.toUnsignedInt(input[input.length - 1]) % 3;
        byte[] body = java.util.Arrays.copyOf(input, input.length - 1);
        Response response = target < 2
                ? given().contentType("application/json").body(body).post(QUESTION_PATHS.get(target))
                : given().queryParam("q", new String(body, StandardCharsets.UTF_8))
                        .get("/api/search");
        int status = response.statusCode();
        String text = response.asString();
        assertTrue(status < 500 || status == 503, "status " + status + ": " + text);
        if (status >= 400) {
            assertTrue(response.contentType().startsWith("application/json"), text);
            assertTrue(text.startsWith("{\"error\":"), text);
            assertFalse(text.contains("Exception") || text.contains("dev.sourced"), text);
        }
    }
}
