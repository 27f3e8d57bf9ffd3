package dev.sourced.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** JSON over real HTTP to a service process, for tests against the packaged service. */
public final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public HttpClient client() {
        return client;
    }

    public Reply get(ServiceProcess service, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(service.url(path))).timeout(Duration.ofSeconds(30)).GET());
    }

    public Reply post(ServiceProcess service, String path, String json, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(path)))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public Reply delete(ServiceProcess service, String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(service.url(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).DELETE());
    }

    public static String json(Object value) throws IOException {
        return JSON.writeValueAsString(value);
    }

    public static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    /** A response: its status and body, the body parsed when it is JSON. */
    public record Reply(int status, String body) {
        public JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }
}
