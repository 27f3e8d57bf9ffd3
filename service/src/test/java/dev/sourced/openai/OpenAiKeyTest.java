package dev.sourced.openai;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.models.Model;
import dev.sourced.testing.AllSurfacesProfile;
import dev.sourced.testing.IndexReady;
import dev.sourced.testing.TestLog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With {@code sourced.openai.api-key} set, every {@code /v1/...} request needs it, as OpenAI clients send it. */
@QuarkusTest
@TestProfile(AllSurfacesProfile.class)
class OpenAiKeyTest {
    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    private OpenAIClient sdk(String key) {
        return OpenAIOkHttpClient.builder()
                .baseUrl("http://127.0.0.1:" + root.getPort() + "/v1")
                .apiKey(key)
                .maxRetries(0)
                .build();
    }

    @Test
    void aClientWithTheKeyIsServed() {
        OpenAIClient client = sdk(AllSurfacesProfile.OPENAI_KEY);
        assertEquals(
                List.of("sourced-extractive"),
                client.models().list().data().stream().map(Model::id).toList());
        ChatCompletion completion = client.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model("sourced-extractive")
                        .addUserMessage("Who is China's ambassador to the United Nations?")
                        .build());
        assertEquals("sourced-extractive", completion.model());
    }

    @Test
    void withoutTheKeyEveryV1RequestIsA401ShapedAsOpenAiShapesIt() {
        UnauthorizedException wrong = assertThrows(
                UnauthorizedException.class, () -> sdk("sk-wrong").models().list());
        assertEquals("invalid_api_key", wrong.code().orElseThrow());
        assertEquals("authentication_error", wrong.type().orElseThrow());

        for (String path : List.of("/v1/models", "/v1/chat/completions", "/v1/no-such-thing")) {
            given().contentType("application/json")
                    .body("{}")
                    .post(path)
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", "Bearer")
                    .body("error.message", equalTo("send the API key as 'Authorization: Bearer <key>'"))
                    .body("error.type", equalTo("authentication_error"))
                    .body("error.code", equalTo("invalid_api_key"));
        }
        given().header("Authorization", "Bearer " + AllSurfacesProfile.OPENAI_KEY + "x")
                .get("/v1/models")
                .then()
                .statusCode(401)
                .body("error.message", equalTo("the API key is not valid"));
        TestLog.assertContainsNone(AllSurfacesProfile.OPENAI_KEY);
    }

    @Test
    void theKeyGuardsTheOpenAiApiOnly() {
        given().contentType("application/json")
                .body("{\"question\": \"Who is China's ambassador to the United Nations?\"}")
                .post("/api/ask")
                .then()
                .statusCode(200);
    }
}
