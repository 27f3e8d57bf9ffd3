package dev.sourced.api;

import dev.sourced.answer.Asker;
import dev.sourced.answer.Question;
import dev.sourced.answer.ReaderLinks;
import dev.sourced.retrieval.Search;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    /** 1 to 50 as written, or nothing (the default); a string so that "abc" is a 400 that names 'k', not a 404. */
    private static final String K_PATTERN = "\\s*(?:[1-9]|[1-4][0-9]|50)?\\s*";

    private final Asker asker;
    private final ReaderLinks links;

    public SearchResource(Asker asker, ReaderLinks links) {
        this.asker = asker;
        this.links = links;
    }

    /** Returns a plain object, so Quarkus runs it on a worker thread: it embeds and searches, like an ask. */
    @GET
    @Operation(summary = "Ranked passages for a question, from BM25 and vector search fused")
    public SearchResponse search(
            @Parameter(description = "the question, at most 1,000 characters")
                    @QueryParam("q")
                    @NotBlank(message = "'q' is required and must not be blank")
                    @Size(max = Question.MAX_CHARS, message = "'q' must be at most {max} characters")
                    String q,
            @Parameter(description = "how many passages, 1 to 50 (default 5)")
                    @QueryParam("k")
                    @Pattern(regexp = K_PATTERN, message = AskRequest.K_RANGE)
                    String k) {
        Question question = new Question(q);
        int count = k == null || k.isBlank() ? Search.DEFAULT_RESULTS : Integer.parseInt(k.strip());
        Search.Result result = asker.search(question, count);
        return new SearchResponse(
                question.text(),
                result.hits().stream()
                        .map(hit -> SearchResponse.Result.of(hit, links))
                        .toList());
    }
}
