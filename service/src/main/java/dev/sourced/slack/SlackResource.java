package dev.sourced.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.sourced.edge.RejectedRequestException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Hands Slack's HTTP requests to the Bolt app as raw bytes, since the signature covers the exact body. Answers 404
 * when Slack is not configured.
 */
@Path("/slack")
public class SlackResource {
    private static final String NOT_UNDERSTOOD = "not a Slack request this service understands";

    private final SlackApp slack;

    public SlackResource(SlackApp slack) {
        this.slack = slack;
    }

    @POST
    @Path("events")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Slack Events API endpoint (signed by Slack)")
    public Response events(String body, @Context HttpHeaders headers, @Context HttpServerRequest http) {
        return run("/slack/events", body, headers, http);
    }

    @POST
    @Path("commands")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Slack slash command endpoint (signed by Slack)")
    public Response commands(String body, @Context HttpHeaders headers, @Context HttpServerRequest http) {
        return run("/slack/commands", body, headers, http);
    }

    @POST
    @Path("interactivity")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Slack interactivity endpoint: clicks on the answers' feedback buttons (signed by Slack)")
    public Response interactivity(String body, @Context HttpHeaders headers, @Context HttpServerRequest http) {
        return run("/slack/interactivity", body, headers, http);
    }

    private Response run(String path, String body, HttpHeaders headers, HttpServerRequest http) {
        App app = slack.app().orElseThrow(NotFoundException::new);
        SlackRequestParser.HttpRequest request = SlackRequestParser.HttpRequest.builder()
                .requestUri(path)
                .queryString(Map.of())
                .headers(new RequestHeaders(Map.copyOf(headers.getRequestHeaders())))
                .requestBody(body == null ? "" : body)
                .remoteAddress(
                        http.remoteAddress() == null
                                ? null
                                : http.remoteAddress().hostAddress())
                .build();
        com.slack.api.bolt.response.Response bolt;
        try {
            Request<?> parsed = new SlackRequestParser(app.config()).parse(request);
            bolt = app.run(parsed);
        } catch (Exception e) {
            throw new RejectedRequestException(400, NOT_UNDERSTOOD);
        }
        // Bolt's own refusals (a bad signature, a stale timestamp) are answered like every other rejection.
        if (bolt.getStatusCode() == 401) {
            throw new RejectedRequestException(401, "the request is not signed by Slack, or the signature is stale");
        }
        if (bolt.getStatusCode() == 404 && path.endsWith("/events")) {
            // An event type with no handler is acknowledged, so that Slack does not retry it.
            return Response.ok().build();
        }
        if (bolt.getStatusCode() >= 500) {
            throw new IllegalStateException("the Slack app failed with status " + bolt.getStatusCode());
        }
        if (bolt.getStatusCode() >= 400) {
            throw new RejectedRequestException(bolt.getStatusCode(), NOT_UNDERSTOOD);
        }
        Response.ResponseBuilder out = Response.status(bolt.getStatusCode());
        if (bolt.getContentType() != null) {
            out.type(bolt.getContentType());
        }
        if (bolt.getHeaders() != null) {
            bolt.getHeaders().forEach((name, values) -> values.forEach(v -> out.header(name, v)));
        }
        if (bolt.getBody() != null) {
            out.entity(bolt.getBody());
        }
        return out.build();
    }
}
