package dev.sourced.askpage;

import dev.sourced.answer.Asker;
import dev.sourced.answer.InvalidQuestionException;
import dev.sourced.answer.OverloadedException;
import dev.sourced.answer.Question;
import dev.sourced.edge.HtmlPage;
import dev.sourced.index.IndexNotReadyException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code GET /}: the page a person asks on. With {@code ask.js} the form streams the answer from
 * {@code /api/ask/stream}; without script it is a GET form, and {@code /?q=...} renders the answer here, through the
 * same {@link Asker} as {@code POST /api/ask}. Its errors are pages in words, the question kept in the box.
 */
@Path("/")
public class AskPageResource {
    /**
     * Script and styles from the service only, never inline: answers quote articles, and an article's markup must stay
     * text even if it got past escaping. The script may talk to the service and nothing else.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Logger LOG = Logger.getLogger(AskPageResource.class);

    private final Asker asker;

    public AskPageResource(Asker asker) {
        this.asker = asker;
    }

    @CheckedTemplate(basePath = "askpage")
    static class Pages {
        static native TemplateInstance page(AskPage page);
    }

    /** Returns a plain object, so Quarkus runs it on a worker thread: answering embeds and searches. */
    @GET
    @Produces(HtmlPage.TYPE)
    @Operation(summary = "The ask page; with q, the answer rendered server-side (the form without JavaScript)")
    public Response page(@QueryParam("q") String q) {
        if (q == null) {
            return page(200, AskPage.empty());
        }
        if (q.isBlank()) {
            return page(400, AskPage.failed(q, "Please type a question first."));
        }
        Question question;
        try {
            question = new Question(q);
        } catch (InvalidQuestionException e) {
            LOG.infof("rejected 400: %s", e.getMessage());
            return page(400, AskPage.failed(q, "The question was not accepted: " + e.getMessage() + "."));
        }
        return page(200, AskPage.answered(q, AnswerView.of(asker.ask(question))));
    }

    @ServerExceptionMapper
    public Response overloaded(OverloadedException e, UriInfo uri) {
        return unavailable(uri, "1", "The service is answering as many questions as it can just now.", e);
    }

    @ServerExceptionMapper
    public Response notReady(IndexNotReadyException e, UriInfo uri) {
        return unavailable(uri, "5", "The articles cannot be searched just now (the index is being built).", e);
    }

    private static Response unavailable(UriInfo uri, String seconds, String why, RuntimeException e) {
        LOG.infof("rejected 503 (%s): %s", e.getClass().getSimpleName(), e.getMessage());
        String q = uri.getQueryParameters().getFirst("q");
        String words = why + " Please ask again in " + seconds + (seconds.equals("1") ? " second." : " seconds.");
        return Response.fromResponse(page(503, AskPage.failed(q, words)))
                .header("Retry-After", seconds)
                .build();
    }

    private static Response page(int status, TemplateInstance page) {
        return HtmlPage.of(status, CONTENT_SECURITY_POLICY, page);
    }

    private static Response page(int status, AskPage page) {
        return page(status, Pages.page(page));
    }
}
