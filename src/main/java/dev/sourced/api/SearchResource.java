package dev.sourced.api;

import dev.sourced.answer.Question;
import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Search;
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
    private final Search search;

    public SearchResource(Search search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Ranked passages for a question, from BM25 and vector search fused")
    public SearchResponse search(@Parameter(description = "the question, at most 1,000 characters") @QueryParam("q") String q,
            @Parameter(description = "how many passages, 1 to 50 (default 5)") @QueryParam("k") String k) {
        Question question = RequestLimits.question(q, "q");
        int count = RequestLimits.k(k);
        Search.Result result = search.search(question.text(), count, Mode.HYBRID);
        return new SearchResponse(question.text(), result.hits().stream().map(SearchResponse.Result::of).toList());
    }
}
