package dev.sourced.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for Slack's Web API on loopback: answers {@code auth.test}, records {@code chat.postMessage} calls and
 * posts to response URLs, so the real Slack SDK can be exercised over real HTTP. The server lives as long as the test
 * application; each test instance gets a new {@link Workspace} in its field of that type, which records from then on.
 * With the init argument {@link #SOCKET_MODE} {@code "true"} it also runs a {@link SocketModeStandIn}, hands out its
 * address from {@code apps.connections.open} and gives the application an app-level token, which switches on Socket
 * Mode.
 */
public class FakeSlack implements QuarkusTestResourceLifecycleManager {
    public static final String SIGNING_SECRET = "test-signing-secret-5b1f";
    static final String BOT_TOKEN = "xoxb-test-token-91c2";
    static final String APP_TOKEN = "xapp-test-token-7d3e";
    /** The init argument that switches on the Socket Mode stand-in. */
    static final String SOCKET_MODE = "socket-mode";

    static final String USER_SALT = "test-user-salt-3e7a";

    /** One test's view of Slack: the messages posted and the bodies sent to response URLs. */
    public static final class Workspace {
        private final int port;
        private final List<Map<String, String>> posted = new CopyOnWriteArrayList<>();
        private final Map<String, List<String>> responded = new ConcurrentHashMap<>();
        private final SocketModeStandIn socket;

        private Workspace(int port, SocketModeStandIn socket) {
            this.port = port;
            this.socket = socket;
        }

        /** The Socket Mode stand-in the application connects to; only with {@link #SOCKET_MODE}. */
        public SocketModeStandIn socket() {
            if (socket == null) {
                throw new IllegalStateException("this FakeSlack runs without Socket Mode");
            }
            return socket;
        }

        /** The {@code chat.postMessage} calls, each as its form fields, in order. */
        public List<Map<String, String>> posted() {
            return List.copyOf(posted);
        }

        /** A response URL of this fake; what is posted to it is {@link #respondedTo(String)}. */
        public String responseUrl(String id) {
            return "http://127.0.0.1:" + port + "/respond/" + id;
        }

        /** The bodies posted to a response URL, in order. */
        public List<String> respondedTo(String responseUrl) {
            return List.copyOf(
                    responded.getOrDefault(java.net.URI.create(responseUrl).getPath(), List.of()));
        }
    }

    private HttpServer server;
    private volatile Workspace current;
    private boolean socketMode;
    private SocketModeStandIn socket;

    @Override
    public void init(Map<String, String> initArgs) {
        socketMode = Boolean.parseBoolean(initArgs.get(SOCKET_MODE));
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext(
                "/api/auth.test",
                ex -> reply(
                        ex,
                        "{\"ok\":true,\"url\":\"https://fake.slack.test/\","
                                + "\"team\":\"Fake\",\"user\":\"sourced\",\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}"));
        server.createContext("/api/chat.postMessage", ex -> {
            current.posted.add(form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            reply(ex, "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000200\"}");
        });
        server.createContext("/respond", ex -> {
            current.responded
                    .computeIfAbsent(ex.getRequestURI().getPath(), p -> new CopyOnWriteArrayList<>())
                    .add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            reply(ex, "ok");
        });
        server.createContext("/api/apps.connections.open", ex -> {
            boolean appToken =
                    ("Bearer " + APP_TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"));
            if (socket == null || !appToken) {
                reply(ex, "{\"ok\":false,\"error\":\"invalid_auth\"}");
            } else {
                reply(ex, "{\"ok\":true,\"url\":\"" + socket.url() + "\"}");
            }
        });
        if (socketMode) {
            socket = new SocketModeStandIn();
            socket.listen();
        }
        server.start();
        int port = server.getAddress().getPort();
        current = new Workspace(port, socket);
        Map<String, String> config = new HashMap<>();
        config.put("sourced.slack.signing-secret", SIGNING_SECRET);
        config.put("sourced.slack.bot-token", BOT_TOKEN);
        config.put("sourced.slack.api-url", "http://127.0.0.1:" + port + "/api/");
        config.put("sourced.feedback.user-salt", USER_SALT);
        // One worker answers in arrival order, so a later reply proves earlier deliveries were handled.
        config.put("sourced.slack.workers", "1");
        if (socketMode) {
            config.put("sourced.slack.app-token", APP_TOKEN);
        }
        return config;
    }

    @Override
    public void stop() {
        server.stop(0);
        if (socket != null) {
            try {
                socket.stop(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void inject(TestInjector injector) {
        Workspace workspace = new Workspace(server.getAddress().getPort(), socket);
        current = workspace;
        injector.injectIntoFields(workspace, new TestInjector.MatchesType(Workspace.class));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
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
