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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Slack's Web API on loopback: answers {@code auth.test}, records {@code chat.postMessage} calls and
 * posts to response URLs, so the real Slack SDK can be exercised over real HTTP. It keeps threads as Slack does: what
 * a test says a person wrote ({@link Workspace#said}) and what the bot posts or streams into a thread, returned by
 * {@code conversations.replies}; the assistant methods ({@code assistant.threads.*}) and the streaming methods
 * ({@code chat.startStream}, {@code appendStream}, {@code stopStream}, and {@code chat.update}) are recorded in order
 * ({@link Workspace#calls}). The server lives as long as the test application; each test instance gets a new
 * {@link Workspace} in its field of that type, which records from then on.
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

    /** The bot's ids, as {@code auth.test} gives them. */
    static final String BOT_USER = "UBOT";

    static final String BOT_ID = "BBOT";

    /** One Web API call: the method and its form fields. */
    public record Call(String method, Map<String, String> form) {}

    /** One test's view of Slack: the messages posted and the bodies sent to response URLs. */
    public static final class Workspace {
        private final int port;
        private final List<Map<String, String>> posted = new CopyOnWriteArrayList<>();
        private final Map<String, List<String>> responded = new ConcurrentHashMap<>();
        private final SocketModeStandIn socket;
        private final List<Call> calls = new CopyOnWriteArrayList<>();
        /** Each thread's messages in order, by channel and thread timestamp. */
        private final Map<String, List<Map<String, Object>>> threads = new ConcurrentHashMap<>();

        private volatile boolean refuseStreams;
        /** While not counted down, {@code conversations.replies} waits: the worker reading a thread stays busy. */
        private volatile CountDownLatch threadReads = new CountDownLatch(0);

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

        /** The recorded calls (posts, assistant, streaming and update methods, {@code conversations.replies}), in order. */
        public List<Call> calls() {
            return List.copyOf(calls);
        }

        /** The recorded calls of one method, in order. */
        public List<Call> calls(String method) {
            return calls.stream().filter(c -> c.method().equals(method)).toList();
        }

        /**
         * A message in a thread, as Slack would hold it before sending its event: a person's, or the bot's when
         * {@code user} is {@link #BOT_USER}. A thread's root is the message whose {@code ts} is {@code threadTs}.
         */
        public void said(String channel, String threadTs, String ts, String user, String text) {
            Map<String, Object> message = new ConcurrentHashMap<>();
            message.put("type", "message");
            message.put("user", user);
            if (BOT_USER.equals(user)) {
                message.put("bot_id", BOT_ID);
            }
            message.put("text", text);
            message.put("ts", ts);
            message.put("thread_ts", threadTs);
            thread(channel, threadTs).add(message);
        }

        /** From now on {@code chat.startStream} answers {@code ok: false}, as Slack does where it cannot stream. */
        public void refuseStreams() {
            refuseStreams = true;
        }

        /**
         * From now on {@code conversations.replies} answers only once the returned latch is counted down (or after 30
         * seconds), so that the worker that reads a thread is kept busy.
         */
        public CountDownLatch holdThreadReads() {
            threadReads = new CountDownLatch(1);
            return threadReads;
        }

        private List<Map<String, Object>> thread(String channel, String threadTs) {
            return threads.computeIfAbsent(channel + "/" + threadTs, k -> new CopyOnWriteArrayList<>());
        }

        private Map<String, Object> message(String channel, String ts) {
            return threads.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(channel + "/"))
                    .flatMap(e -> e.getValue().stream())
                    .filter(m -> ts.equals(m.get("ts")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no message " + ts + " in " + channel));
        }

        /** Posts the bot's message into its thread, as Slack does. */
        private String botPosts(Map<String, String> form, String text) {
            String ts = nextTs();
            if (form.get("thread_ts") != null) {
                said(form.get("channel"), form.get("thread_ts"), ts, BOT_USER, text);
            }
            return ts;
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong TS = new java.util.concurrent.atomic.AtomicLong();

    /** Timestamps of the bot's messages, later than any a test uses for a person's message. */
    private static String nextTs() {
        return "1900000000." + String.format("%06d", TS.incrementAndGet());
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private HttpServer server;
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
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
                                + "\"team\":\"Fake\",\"user\":\"sourced\",\"team_id\":\"T1\",\"user_id\":\"" + BOT_USER
                                + "\",\"bot_id\":\"" + BOT_ID + "\"}"));
        server.createContext("/api/chat.postMessage", ex -> {
            Workspace workspace = current;
            Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            workspace.posted.add(form);
            workspace.calls.add(new Call("chat.postMessage", form));
            String ts = workspace.botPosts(form, form.get("text"));
            if (form.get("blocks") != null && form.get("thread_ts") != null) {
                workspace.message(form.get("channel"), ts).put("blocks", JSON.readTree(form.get("blocks")));
            }
            reply(ex, JSON.writeValueAsString(Map.of("ok", true, "channel", form.get("channel"), "ts", ts)));
        });
        for (String method : List.of(
                "assistant.threads.setStatus", "assistant.threads.setSuggestedPrompts", "assistant.threads.setTitle")) {
            server.createContext("/api/" + method, ex -> {
                recorded(ex, method);
                reply(ex, "{\"ok\":true}");
            });
        }
        server.createContext("/api/conversations.replies", ex -> {
            Map<String, String> form = recorded(ex, "conversations.replies");
            try {
                current.threadReads.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<Map<String, Object>> messages = current.thread(form.get("channel"), form.get("ts"));
            reply(ex, JSON.writeValueAsString(Map.of("ok", true, "messages", messages, "has_more", false)));
        });
        server.createContext("/api/chat.startStream", ex -> {
            Workspace workspace = current;
            Map<String, String> form = recorded(ex, "chat.startStream");
            if (workspace.refuseStreams) {
                reply(ex, "{\"ok\":false,\"error\":\"streaming_not_allowed\"}");
                return;
            }
            String ts = workspace.botPosts(form, form.getOrDefault("markdown_text", ""));
            reply(ex, JSON.writeValueAsString(Map.of("ok", true, "channel", form.get("channel"), "ts", ts)));
        });
        server.createContext("/api/chat.appendStream", ex -> {
            Map<String, String> form = recorded(ex, "chat.appendStream");
            current.message(form.get("channel"), form.get("ts"))
                    .merge("text", form.getOrDefault("markdown_text", ""), (a, b) -> a + "" + b);
            reply(ex, "{\"ok\":true}");
        });
        server.createContext("/api/chat.stopStream", ex -> {
            Map<String, String> form = recorded(ex, "chat.stopStream");
            Map<String, Object> message = current.message(form.get("channel"), form.get("ts"));
            message.merge("text", form.getOrDefault("markdown_text", ""), (a, b) -> a + "" + b);
            if (form.get("blocks") != null) {
                message.put("blocks", JSON.readTree(form.get("blocks")));
            }
            reply(ex, "{\"ok\":true}");
        });
        server.createContext("/api/chat.update", ex -> {
            Map<String, String> form = recorded(ex, "chat.update");
            Map<String, Object> message = current.message(form.get("channel"), form.get("ts"));
            message.put("text", form.get("text"));
            if (form.get("blocks") != null) {
                message.put("blocks", JSON.readTree(form.get("blocks")));
            }
            reply(ex, "{\"ok\":true}");
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
        // A held conversations.replies must not hold up the other methods.
        server.setExecutor(requests);
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
        requests.close();
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

    /** Records a call to {@code method} in the current workspace and returns its form fields. */
    private Map<String, String> recorded(HttpExchange exchange, String method) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        current.calls.add(new Call(method, form));
        return form;
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
