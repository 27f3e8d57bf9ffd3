package dev.sourced.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sourced.testing.TestIndexDir;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for Slack's Web API on loopback: answers {@code auth.test}, records {@code chat.postMessage} calls and
 * posts to response URLs, so the real Slack SDK can be exercised over real HTTP.
 */
public class FakeSlack implements QuarkusTestResourceLifecycleManager {
    public static final String SIGNING_SECRET = "test-signing-secret-5b1f";
    static final String BOT_TOKEN = "xoxb-test-token-91c2";
    static final List<Map<String, String>> POSTED = new CopyOnWriteArrayList<>();
    static final List<String> RESPONDED = new CopyOnWriteArrayList<>();
    static volatile int port;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/auth.test", ex -> reply(ex, "{\"ok\":true,\"url\":\"https://fake.slack.test/\","
                + "\"team\":\"Fake\",\"user\":\"sourced\",\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}"));
        server.createContext("/api/chat.postMessage", ex -> {
            POSTED.add(form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            reply(ex, "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000200\"}");
        });
        server.createContext("/respond", ex -> {
            RESPONDED.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            reply(ex, "ok");
        });
        server.start();
        port = server.getAddress().getPort();
        Map<String, String> config = new HashMap<>(TestIndexDir.of("slack"));
        config.put("sourced.slack.signing-secret", SIGNING_SECRET);
        config.put("sourced.slack.bot-token", BOT_TOKEN);
        config.put("sourced.slack.api-url", "http://127.0.0.1:" + port + "/api/");
        // One worker answers in arrival order, so a later reply proves earlier deliveries were handled.
        config.put("sourced.slack.workers", "1");
        return config;
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
