package dev.sourced.answer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible chat completions server on loopback that answers with whatever reply the test scripted:
 * a completion (plain or streamed), a delay past the client's timeout, or an HTTP error. The server lives as long as
 * the test application; each test instance gets a new {@link Model} in its field of that type, which scripts the
 * replies and records the requests from then on, so no test sees another's script or requests.
 */
public class OpenAiStub implements QuarkusTestResourceLifecycleManager {
    /** What the next requests get. */
    public record Reply(String content, int status, long delayMillis) {
        public static Reply text(String content) {
            return new Reply(content, 200, 0);
        }

        public static Reply status(int status) {
            return new Reply(null, status, 0);
        }

        public static Reply slow(String content, long delayMillis) {
            return new Reply(content, 200, delayMillis);
        }
    }

    /** One test's view of the model: what it replies, and the requests it received. */
    public static final class Model {
        private volatile Reply reply = Reply.text("NOT IN SOURCES");
        private final List<String> requests = new CopyOnWriteArrayList<>();
        private final List<String> authorizations = new CopyOnWriteArrayList<>();

        /** Every request from now on gets this reply. */
        public void replies(Reply reply) {
            this.reply = reply;
        }

        /** The request bodies received, in order. */
        public List<String> requests() {
            return List.copyOf(requests);
        }

        /** The Authorization header of each request, in order. */
        public List<String> authorizations() {
            return List.copyOf(authorizations);
        }
    }

    static final String API_KEY = "sk-test-key-7d3e";
    private volatile Model current = new Model();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
        return Map.of(
                "sourced.answer.generator",
                "llm",
                "sourced.llm.base-url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
                "sourced.llm.api-key",
                API_KEY,
                "sourced.llm.model",
                "stub-model",
                "sourced.llm.timeout",
                "2s");
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    @Override
    public void inject(TestInjector injector) {
        Model model = new Model();
        current = model;
        injector.injectIntoFields(model, new TestInjector.MatchesType(Model.class));
    }

    private void handle(HttpExchange exchange) throws IOException {
        Model model = current;
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        model.requests.add(body);
        model.authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        Reply r = model.reply;
        if (r.delayMillis() > 0) {
            try {
                Thread.sleep(r.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (r.status() != 200) {
            byte[] error = "{\"error\":{\"message\":\"stub failure\",\"type\":\"server_error\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(r.status(), error.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(error);
            }
            return;
        }
        boolean stream = body.replace(" ", "").contains("\"stream\":true");
        byte[] bytes = (stream ? streamed(r.content()) : completion(r.content())).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", stream ? "text/event-stream" : "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String completion(String content) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"stub-model\",\"choices\":[{"
                + "\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + quote(content) + "},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,"
                + "\"total_tokens\":2}}";
    }

    private static String streamed(String content) {
        StringBuilder out = new StringBuilder();
        for (String piece : content.split("(?<= )")) {
            out.append(
                            "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub-model\","
                                    + "\"choices\":[{\"index\":0,\"delta\":{\"content\":")
                    .append(quote(piece))
                    .append("},\"finish_reason\":null}]}\n\n");
        }
        out.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub-model\","
                + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
        out.append("data: [DONE]\n\n");
        return out.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
