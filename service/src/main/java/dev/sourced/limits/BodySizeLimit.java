package dev.sourced.limits;

import dev.sourced.edge.FilterOrder;
import dev.sourced.edge.RejectedRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects oversized bodies by their declared length before any of them is read (the HTTP layer's own limit,
 * {@code quarkus.http.limits.max-body-size}, stays as the backstop for bodies that declare no length). Questions
 * need little room, conversations more, article uploads most.
 */
public class BodySizeLimit {
    static final long QUESTION_BODY_LIMIT = 64 * 1024;
    static final long DOCUMENT_BODY_LIMIT = 3 * 1024 * 1024;
    /** A chat client sends the whole conversation with each question, earlier answers and their sources included. */
    static final long CONVERSATION_BODY_LIMIT = 512 * 1024;

    @ServerRequestFilter(preMatching = true, priority = FilterOrder.BODY_SIZE)
    public void limit(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        String path = request.getUriInfo().getPath();
        long limit = path.startsWith("/api/documents")
                ? DOCUMENT_BODY_LIMIT
                : path.startsWith("/v1/chat/") ? CONVERSATION_BODY_LIMIT : QUESTION_BODY_LIMIT;
        if (declared != null && length(declared) > limit) {
            // The unread body would otherwise be drained first; closing is cheaper.
            throw new RejectedRequestException(
                    413, "request body too large: at most " + limit / 1024 + " KiB", Map.of("Connection", "close"));
        }
    }

    private static long length(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
