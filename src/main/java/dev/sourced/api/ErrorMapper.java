package dev.sourced.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.sourced.answer.InvalidQuestionException;
import dev.sourced.answer.OverloadedException;
import dev.sourced.corpus.ArticleTooLargeException;
import dev.sourced.corpus.InvalidArticleException;
import dev.sourced.index.IndexNotReadyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place exceptions become HTTP responses, all with the {@link ApiError} body. Messages from our own
 * exceptions are written for callers; framework and unexpected failures get a fixed text so that no class name or
 * stack trace leaks.
 */
public class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        return error(Response.Status.BAD_REQUEST.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidQuestion(InvalidQuestionException e) {
        return error(Response.Status.BAD_REQUEST.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unknownArticle(UnknownArticleException e) {
        return error(Response.Status.NOT_FOUND.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidArticle(InvalidArticleException e) {
        return error(e instanceof ArticleTooLargeException ? 413 : 400, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unauthorized(AdminGuard.UnauthorizedException e) {
        return Response.status(401).header("WWW-Authenticate", "Bearer").type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response forbidden(AdminGuard.WritesDisabledException e) {
        return error(403, e.getMessage());
    }

    @ServerExceptionMapper
    public Response overloaded(OverloadedException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .type(MediaType.APPLICATION_JSON).entity(new ApiError(e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response notReady(IndexNotReadyException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .type(MediaType.APPLICATION_JSON).entity(new ApiError(e.getMessage())).build();
    }

    /** Named apart from {@link #malformedJson} because Quarkus maps this subtype itself, with an empty body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(Objects::nonNull).reduce((a, b) -> a + "." + b).orElse(null);
        return error(400, field == null
                ? "the request body must be a JSON object such as {\"question\": \"...\"}"
                : "'" + field + "' has the wrong type");
    }

    /** Jackson's own messages name Java types, so only the position is passed on. */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return error(400, "the request body is not valid JSON" + (at == null ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return error(status, "internal error");
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
        return error(status, message);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("request failed", e);
        return error(500, "internal error");
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(message)).build();
    }
}
