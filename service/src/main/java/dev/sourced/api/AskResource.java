package dev.sourced.api;

import dev.sourced.answer.Answer;
import dev.sourced.answer.Asker;
import dev.sourced.answer.Question;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/ask")
public class AskResource {
    private final Asker asker;

    public AskResource(Asker asker) {
        this.asker = asker;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A short answer to a question, every claim cited, or an honest abstention")
    public AskResponse ask(@NotNull(message = AskRequest.REQUIRED) @Valid AskRequest request) {
        Question question = new Question(request.question());
        int k = request.passages();
        long started = System.nanoTime();
        Answer answer = asker.ask(question, k, request.asOf(), request.overviewDetail());
        return AskResponse.of(answer, (System.nanoTime() - started) / 1_000_000);
    }
}
