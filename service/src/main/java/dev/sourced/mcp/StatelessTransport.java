package dev.sourced.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import reactor.core.publisher.Mono;

/**
 * The SDK's stateless streamable HTTP transport over a Quarkus REST request, as the SDK's servlet transport
 * ({@code HttpServletStatelessServerTransport}) does it over a servlet: a JSON-RPC request is answered with its
 * JSON-RPC response as {@code application/json}, a notification with 202. Which methods there are, their arguments,
 * sessions of the protocol (initialize) and the errors of JSON-RPC are the SDK's handler's. Runs the handler on the
 * calling (worker) thread.
 */
final class StatelessTransport implements McpStatelessServerTransport {
    private static final Logger LOG = Logger.getLogger(StatelessTransport.class);

    private final McpJsonMapper json;
    private volatile McpStatelessServerHandler handler;
    private volatile boolean closing;

    StatelessTransport(McpJsonMapper json) {
        this.json = json;
    }

    @Override
    public void setMcpHandler(McpStatelessServerHandler handler) {
        this.handler = handler;
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.fromRunnable(() -> closing = true);
    }

    /**
     * The HTTP response to one POSTed JSON-RPC message; {@code context} is what the tools may read of the request,
     * {@code beforeMethod} is told the method of a request before the handler runs it.
     */
    Response handle(String body, McpTransportContext context, Consumer<String> beforeMethod) {
        if (closing) {
            return error(503, McpSchema.ErrorCodes.INTERNAL_ERROR, "the server is shutting down");
        }
        McpSchema.JSONRPCMessage message;
        try {
            message = McpSchema.deserializeJsonRpcMessage(json, body == null ? "" : body);
        } catch (IOException | IllegalArgumentException e) {
            return error(400, McpSchema.ErrorCodes.PARSE_ERROR, "the body is not a JSON-RPC message");
        }
        if (message instanceof McpSchema.JSONRPCRequest request) {
            beforeMethod.accept(request.method());
            McpSchema.JSONRPCResponse response = handler.handleRequest(context, request)
                    .contextWrite(c -> c.put(McpTransportContext.KEY, context))
                    .block();
            return json(200, response);
        }
        if (message instanceof McpSchema.JSONRPCNotification notification) {
            handler.handleNotification(context, notification)
                    .contextWrite(c -> c.put(McpTransportContext.KEY, context))
                    .block();
            return Response.accepted().build();
        }
        return error(400, McpSchema.ErrorCodes.INVALID_REQUEST, "the server accepts requests and notifications");
    }

    /**
     * A JSON-RPC error response with no {@code id} (the message had none that could be read), written as a map: the
     * SDK's response type insists on an id.
     */
    private Response error(int status, int code, String message) {
        LOG.infof("rejected %d: %s", status, message);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jsonrpc", McpSchema.JSONRPC_VERSION);
        body.put("id", null);
        body.put("error", Map.of("code", code, "message", message));
        return json(status, body);
    }

    private Response json(int status, Object response) {
        try {
            return Response.status(status)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(json.writeValueAsString(response))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("a JSON-RPC response could not be written", e);
        }
    }
}
