package dev.sourced.reader;

import dev.sourced.answer.ReaderLinks;
import dev.sourced.corpus.Article;
import dev.sourced.corpus.ArticleIds;
import dev.sourced.edge.HtmlPage;
import dev.sourced.index.ArticleCatalog;
import dev.sourced.index.IndexNotReadyException;
import dev.sourced.index.IndexStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code GET /articles/{id}}: the article reader, an HTML page of one article with the passages its address names
 * marked, the first scrolled to by the address's fragment. It reads through the backend's {@link ArticleCatalog}, so
 * it serves the embedded index and the cluster alike. A person follows these links from a browser, so its errors are
 * pages too; the API's JSON errors stay the API's.
 */
@Path("/articles")
public class ArticleResource {
    /**
     * The page runs no script and loads nothing but its own stylesheet: article text is escaped by the template, and
     * this keeps any markup that got past that inert.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final Logger LOG = Logger.getLogger(ArticleResource.class);

    private final ArticleCatalog catalog;
    private final IndexStatus status;

    public ArticleResource(ArticleCatalog catalog, IndexStatus status) {
        this.catalog = catalog;
        this.status = status;
    }

    @CheckedTemplate(basePath = "reader")
    static class Pages {
        static native TemplateInstance article(ArticlePage page);

        static native TemplateInstance missing(String id);

        static native TemplateInstance unavailable();
    }

    /** Returns a plain object, so Quarkus runs it on a worker thread: on the cluster, reading is a network call. */
    @GET
    @Path("{id}")
    @Produces(HtmlPage.TYPE)
    @Operation(summary = "The article as an HTML page, the passages named by hl=start-end highlighted")
    public Response read(@PathParam("id") String id, @QueryParam("hl") List<String> highlights) {
        status.requireReady();
        Optional<Article> found = ArticleIds.isValid(id) ? catalog.article(id) : Optional.empty();
        if (found.isEmpty()) {
            return page(404, Pages.missing(id));
        }
        Article article = found.get();
        List<MarkedParagraphs.Paragraph> paragraphs = MarkedParagraphs.of(
                article.text(), article.bodyStart(), HighlightRanges.parse(highlights, article.length()));
        return page(200, Pages.article(ArticlePage.of(article, paragraphs, ReaderLinks.ANCHOR)));
    }

    /** Only this resource's: the index still being built, or the cluster not answering, as a page. */
    @ServerExceptionMapper
    public Response notReady(IndexNotReadyException e) {
        LOG.infof("rejected 503 (%s): %s", e.getClass().getSimpleName(), e.getMessage());
        return Response.fromResponse(page(503, Pages.unavailable()))
                .header("Retry-After", "5")
                .build();
    }

    private static Response page(int status, TemplateInstance page) {
        return HtmlPage.of(status, CONTENT_SECURITY_POLICY, page);
    }
}
