package dev.sourced.api;

import dev.sourced.corpus.InvalidArticleException;
import dev.sourced.corpus.Provenance;
import dev.sourced.duplicates.DuplicateGroups;
import dev.sourced.duplicates.Groups;
import dev.sourced.index.ArticleCatalog;
import dev.sourced.index.IndexStatus;
import dev.sourced.ingest.ArticleIngestor;
import dev.sourced.ingest.IngestOutcome;
import dev.sourced.ingest.IngestResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {
    private final ArticleCatalog catalog;
    private final IndexStatus status;
    private final ArticleIngestor ingestor;
    private final DuplicateGroups duplicates;

    public DocumentsResource(
            ArticleCatalog catalog, IndexStatus status, ArticleIngestor ingestor, DuplicateGroups duplicates) {
        this.catalog = catalog;
        this.status = status;
        this.ingestor = ingestor;
        this.duplicates = duplicates;
    }

    @GET
    @Operation(summary = "The indexed articles with title, date and chunk count, and the groups of copies among them")
    public DocumentsResponse.Listing list() {
        status.requireReady();
        Groups groups = duplicates.current();
        return new DocumentsResponse.Listing(
                catalog.articles().values().stream()
                        .map(a -> DocumentsResponse.Summary.of(a, groups))
                        .toList(),
                groups.all().stream().map(DocumentsResponse.Group::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One indexed article, with the text citations point into")
    public DocumentsResponse.Document get(@PathParam("id") String id) {
        status.requireReady();
        return catalog.article(id)
                .map(DocumentsResponse.Document::of)
                .orElseThrow(() -> new UnknownArticleException(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or replace an article (admin): searchable and durable when this returns")
    @AdminOnly
    public Response putJson(@NotNull(message = DocumentRequest.REQUIRED) @Valid DocumentRequest request) {
        return written(ingestor.put(
                request.id(),
                request.text(),
                request.title(),
                date(either(request.date(), "date", request.published(), "published")),
                new Provenance(
                        either(request.source(), "source", request.outlet(), "outlet"),
                        request.url(),
                        request.author())));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Add or replace an article from a plain-text body (admin); the id is a query parameter")
    @AdminOnly
    public Response putText(
            byte[] body,
            @QueryParam("id") @NotBlank(message = "the query parameter 'id' is required with a text/plain body")
                    String id) {
        return written(ingestor.put(id, body == null ? new byte[0] : body));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an article (admin)")
    @AdminOnly
    public Response delete(@PathParam("id") String id) {
        if (!ingestor.delete(id)) {
            throw new UnknownArticleException(id);
        }
        return Response.noContent().build();
    }

    private static Response written(IngestResult result) {
        DocumentsResponse.Written body = DocumentsResponse.Written.of(result);
        if (result.outcome() == IngestOutcome.ADDED) {
            return Response.created(URI.create("/api/documents/" + body.id()))
                    .entity(body)
                    .build();
        }
        return Response.ok(body).build();
    }

    /** One of two synonymous fields; both only when they agree. */
    private static String either(String a, String aName, String b, String bName) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (hasA && hasB && !a.strip().equals(b.strip())) {
            throw new InvalidArticleException("give '" + aName + "' or '" + bName + "', not two different values");
        }
        return hasA ? a : b;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException("'date' (or 'published') must be YYYY-MM-DD");
        }
    }
}
