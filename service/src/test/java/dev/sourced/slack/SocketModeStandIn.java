package dev.sourced.slack;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A stand-in for Slack's Socket Mode endpoint on loopback, on the WebSocket library the SDK's client runs on: greets
 * each connection with {@code hello} as Slack does, sends what a test gives it to every open connection, and
 * records what the client sends back (the envelope acknowledgements).
 */
public final class SocketModeStandIn extends WebSocketServer {
    private static final String HELLO =
            "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"stand-in\"},"
                    + "\"connection_info\":{\"app_id\":\"A1\"}}";

    private final CountDownLatch started = new CountDownLatch(1);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> greeted = new CopyOnWriteArrayList<>();

    SocketModeStandIn() {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        setReuseAddr(true);
    }

    /** Starts listening and returns once the port is bound. */
    void listen() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the Socket Mode stand-in did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The address {@code apps.connections.open} hands out. */
    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=stand-in";
    }

    /** The resource paths of the connections greeted so far, in order. */
    public List<String> greeted() {
        return List.copyOf(greeted);
    }

    /** Sends a text frame (an envelope) to every open connection. */
    public void send(String json) {
        broadcast(json);
    }

    /** The text frames the clients sent, in order. */
    public List<String> received() {
        return List.copyOf(received);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.send(HELLO);
        greeted.add(handshake.getResourceDescriptor());
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // A failed connection shows in the test as an envelope that is never acknowledged.
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
