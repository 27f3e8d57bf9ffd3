package dev.sourced.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * Hands Slack's HTTP requests to the Bolt app as raw bytes, since the signature covers the exact body. Answers 404
 * when Slack is not configured.
 */
@Path("/slack")
public class SlackResource {
    private static final Logger LOG = Logger.getLogger(SlackResource.class);

    private final SlackApp slack;

    public SlackResource(SlackApp slack) {
        this.slack = slack;
    }

    @POST
    @Path("events")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Slack Events API endpoint (signed by Slack)")
    public Response events(String body, @Context HttpHeaders headers, @Context HttpServerRequest http) {
        Response response = run("/slack/events", body, headers, http);
        // An event type with no handler is acknowledged, so that Slack does not retry it.
        return response.getStatus() == 404 ? Response.ok().build() : response;
    }

    @POST
    @Path("commands")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Slack slash command endpoint (signed by Slack)")
    public Response commands(String body, @Context HttpHeaders headers, @Context HttpServerRequest http) {
        return run("/slack/commands", body, headers, http);
    }

    private Response run(String path, String body, HttpHeaders headers, HttpServerRequest http) {
        App app = slack.app().orElseThrow(NotFoundException::new);
        SlackRequestParser.HttpRequest request = SlackRequestParser.HttpRequest.builder()
                .requestUri(path).queryString(Map.of())
                .headers(new RequestHeaders(Map.copyOf(headers.getRequestHeaders())))
                .requestBody(body == null ? "" : body)
                .remoteAddress(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress())
                .build();
        com.slack.api.bolt.response.Response bolt;
        try {
            Request<?> parsed = new SlackRequestParser(app.config()).parse(request);
            bolt = app.run(parsed);
        } catch (Exception e) {
            LOG.warnf("a Slack request could not be handled: %s", e.getClass().getSimpleName());
            return Response.status(400).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "not a Slack request this service understands")).build();
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
