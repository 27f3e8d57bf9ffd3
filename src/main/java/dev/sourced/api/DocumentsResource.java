package dev.sourced.api;

import dev.sourced.index.ArticleCatalog;
import dev.sourced.index.IndexStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {
    private final ArticleCatalog catalog;
    private final IndexStatus status;

    public DocumentsResource(ArticleCatalog catalog, IndexStatus status) {
        this.catalog = catalog;
        this.status = status;
    }

    @GET
    @Operation(summary = "The indexed articles with title, date and chunk count")
    public DocumentsResponse.Listing list() {
        status.requireReady();
        return new DocumentsResponse.Listing(
                catalog.articles().values().stream().map(DocumentsResponse.Summary::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One indexed article, with the text citations point into")
    public DocumentsResponse.Document get(@PathParam("id") String id) {
        status.requireReady();
        return catalog.article(id).map(DocumentsResponse.Document::of).orElseThrow(() -> new UnknownArticleException(id));
    }
}
