package dev.sourced.limits;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Rejects oversized bodies by their declared length before any of them is read, with the API's JSON error body
 * (the HTTP layer's own limit, {@code quarkus.http.limits.max-body-size}, stays as the backstop for bodies that
 * declare no length). Questions need little room; article uploads get more.
 */
@ApplicationScoped
public class BodySizeLimit {
    static final long QUESTION_BODY_LIMIT = 64 * 1024;
    static final long DOCUMENT_BODY_LIMIT = 3 * 1024 * 1024;

    void install(@Observes Router router) {
        router.route().order(-100).handler(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long limit = ctx.request().path().startsWith("/api/documents") ? DOCUMENT_BODY_LIMIT : QUESTION_BODY_LIMIT;
            if (declared != null && parses(declared) && Long.parseLong(declared.strip()) > limit) {
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"error\":\"request body too large: at most " + limit / 1024 + " KiB\"}");
                return;
            }
            ctx.next();
        });
    }

    private static boolean parses(String value) {
        try {
            Long.parseLong(value.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
