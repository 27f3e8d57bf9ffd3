package dev.sourced.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each committed hostile body to a question endpoint, or query to search, is answered or rejected with a JSON error:
 * never a 5xx. The bodies go through real HTTP, the filters, Jackson, Bean Validation, the normaliser and, when they
 * get that far, retrieval and the generator. The code behind them is fuzzed by the Jazzer targets (docs/fuzzing.md);
 * a Quarkus test cannot be (Jazzer's loop does not drive a method Quarkus invokes), so these are plain inputs.
 */
@QuarkusTest
class HostileBodiesTest {
    private static final List<String> QUESTION_PATHS = List.of("/api/ask", "/api/ask/stream");

    static Stream<Path> bodies() throws IOException, URISyntaxException {
        Path folder =
                Path.of(HostileBodiesTest.class.getResource("hostile-bodies").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void anyBodyIsAnsweredOrRejectedWithAJsonError(Path file) throws IOException {
        IndexReady.await();
        byte[] input = Files.readAllBytes(file);
        if (input.length == 0) {
            return;
        }
        // The last byte picks the endpoint (0 ask, 1 ask/stream, 2 search with the rest as its query): the format the
        // inputs were written in when a fuzzer could grow them.
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
