package dev.sourced.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.sourced.answer.InvalidQuestionException;
import dev.sourced.answer.OverloadedException;
import dev.sourced.corpus.ArticleTooLargeException;
import dev.sourced.corpus.InvalidArticleException;
import dev.sourced.edge.ErrorShape;
import dev.sourced.edge.RejectedRequestException;
import dev.sourced.index.IndexNotReadyException;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place exceptions become HTTP responses, for every surface (the API, Slack, the OpenAI-compatible API), with
 * the {@link ApiError} body, or the body of the {@link ErrorShape} that claims the request's path: what filters reject
 * (size, rate, auth, encoding), what Bean Validation and Jackson reject, and what our own code throws. Messages from our own exceptions are written for callers; framework and unexpected failures get a
 * fixed text so that no class name or stack trace leaks. Each rejection is logged here, in one line; a failure of
 * ours (5xx other than overload) with its stack trace.
 */
public class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    private final Instance<ErrorShape> shapes;

    /** @param shapes the error bodies of surfaces with a protocol of their own, each for its own paths */
    public ErrorMapper(Instance<ErrorShape> shapes) {
        this.shapes = shapes;
    }

    @ServerExceptionMapper
    public Response rejected(RejectedRequestException e, UriInfo uri) {
        return reject(uri, e.status(), e.getMessage(), e.headers(), e);
    }

    @ServerExceptionMapper
    public Response invalidQuestion(InvalidQuestionException e, UriInfo uri) {
        return reject(uri, 400, e.getMessage(), Map.of(), e);
    }

    /** Bean Validation of request bodies and parameters; the first message by property path, so it is stable. */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        String message = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .map(ConstraintViolation::getMessage)
                .findFirst()
                .orElse("bad request");
        return reject(uri, 400, message, Map.of(), e);
    }

    @ServerExceptionMapper
    public Response invalidArticle(InvalidArticleException e, UriInfo uri) {
        return reject(uri, e instanceof ArticleTooLargeException ? 413 : 400, e.getMessage(), Map.of(), e);
    }

    @ServerExceptionMapper
    public Response overloaded(OverloadedException e, UriInfo uri) {
        return reject(uri, 503, e.getMessage(), Map.of("Retry-After", "1"), e);
    }

    @ServerExceptionMapper
    public Response notReady(IndexNotReadyException e, UriInfo uri) {
        return reject(uri, 503, e.getMessage(), Map.of("Retry-After", "5"), e);
    }

    /** Named apart from {@link #malformedJson} because Quarkus maps this subtype itself, with an empty body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(JsonMappingException.Reference::getFieldName)
                .filter(Objects::nonNull)
                .reduce((a, b) -> a + "." + b)
                .orElse(null);
        return reject(
                uri,
                400,
                field == null
                        ? "the request body must be a JSON object such as {\"question\": \"...\"}"
                        : "'" + field + "' has the wrong type",
                Map.of(),
                e);
    }

    /** Jackson's own messages name Java types, so only the position is passed on. */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        JsonLocation at = e.getLocation();
        return reject(
                uri,
                400,
                "the request body is not valid JSON"
                        + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"),
                Map.of(),
                e);
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return failed(uri, status, e);
        }
        String message = switch (status) {
            case 400 -> "bad request";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 406 -> "this endpoint answers application/json";
            case 413 -> "request body too large";
            case 415 -> "unsupported content type: send application/json";
            default -> "request rejected";
        };
        return reject(uri, status, message, Map.of(), e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return failed(uri, 500, e);
    }

    private Response reject(UriInfo uri, int status, String message, Map<String, String> headers, Throwable e) {
        LOG.infof("rejected %d (%s): %s", status, e.getClass().getSimpleName(), message);
        Response.ResponseBuilder response =
                Response.status(status).type(MediaType.APPLICATION_JSON).entity(body(uri, status, message, e));
        headers.forEach(response::header);
        return response.build();
    }

    private Response failed(UriInfo uri, int status, Throwable e) {
        LOG.error("request failed", e);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(body(uri, status, "internal error", e))
                .build();
    }

    private Object body(UriInfo uri, int status, String message, Throwable e) {
        String path = uri.getPath();
        return shapes.stream()
                .filter(shape -> shape.claims(path))
                .findFirst()
                .map(shape -> shape.body(status, message, e))
                .orElseGet(() -> new ApiError(message));
    }
}
