package dev.sourced.api;

import dev.sourced.edge.RejectedRequestException;
import dev.sourced.feedback.Feedback;
import dev.sourced.feedback.FeedbackStore;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The votes people gave answers (admin): listed newest first, and deleted one by one. */
@Path("/api/feedback")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class FeedbackResource {
    static final int DEFAULT_LIMIT = 50;
    static final String LIMIT_RANGE = "'limit' must be a whole number from 1 to 500";
    private static final String LIMIT_PATTERN = "\\s*([1-9]|[1-9][0-9]|[1-4][0-9]{2}|500)\\s*";
    private static final String OFFSET_PATTERN = "\\s*[0-9]{1,9}\\s*";

    private final FeedbackStore store;

    public FeedbackResource(FeedbackStore store) {
        this.store = store;
    }

    /** Returns a plain object, so Quarkus runs it on a worker thread: it reads a file. */
    @GET
    @Operation(summary = "Votes on answers within the retention, newest first, a page at a time (admin)")
    public FeedbackListing list(
            @Parameter(description = "only 'up' or only 'down' votes (default both)")
                    @QueryParam("vote")
                    @Pattern(regexp = "up|down", message = "'vote' must be 'up' or 'down'")
                    String vote,
            @Parameter(description = "how many votes, 1 to 500 (default 50)")
                    @QueryParam("limit")
                    @Pattern(regexp = LIMIT_PATTERN, message = LIMIT_RANGE)
                    String limit,
            @Parameter(description = "how many of the newest votes to skip (default 0)")
                    @QueryParam("offset")
                    @Pattern(regexp = OFFSET_PATTERN, message = "'offset' must be a whole number from 0")
                    String offset) {
        List<Feedback> matching = store.list().stream()
                .filter(f -> vote == null || f.vote().word().equals(vote))
                .toList();
        int from = Math.min(number(offset, 0), matching.size());
        int count = number(limit, DEFAULT_LIMIT);
        return new FeedbackListing(
                matching.size(), from, count, matching.subList(from, Math.min(matching.size(), from + count)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a vote from the disk (admin)")
    public Response delete(@PathParam("id") String id) {
        if (!store.delete(id)) {
            throw new RejectedRequestException(404, "no feedback with id '" + id + "'");
        }
        return Response.noContent().build();
    }

    private static int number(String given, int otherwise) {
        return given == null || given.isBlank() ? otherwise : Integer.parseInt(given.strip());
    }

    /**
     * One page of votes.
     *
     * @param total how many votes match, on every page
     * @param offset how many of them this page skipped
     * @param limit the most this page holds
     */
    public record FeedbackListing(int total, int offset, int limit, List<Feedback> feedback) {}
}
