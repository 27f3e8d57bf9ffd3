package dev.sourced.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Asker;
import dev.sourced.answer.Question;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/ask/stream}: Server-Sent Events. {@code text} events carry the answer as it is produced (token by
 * token from the LLM generator, in one piece from the extractive one); one final {@code answer} event carries the
 * whole response, with the checked answer text and its citations, which supersedes the streamed text. Bad input and
 * an index that is not ready are answered before the stream opens, with the usual JSON errors.
 */
@Path("/api/ask/stream")
public class AskStreamResource {
    private final Asker asker;
    private final ObjectMapper json;

    public AskStreamResource(Asker asker, ObjectMapper json) {
        this.asker = asker;
        this.json = json;
    }

    /**
     * Blocking, so that Quarkus calls it on a worker thread: embedding the question and searching (a network call on
     * the SolrCloud backend) must not run on the event loop, which returning a {@code Multi} would otherwise mean.
     * The place in the bulkhead is taken and the passages retrieved here, before the 200 and its headers, so that
     * overload is a 503 with a JSON body like every other rejection; the place is held until the stream ends.
     */
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The answer as Server-Sent Events: text as it is produced, then the cited answer")
    public Multi<OutboundSseEvent> stream(
            @NotNull(message = AskRequest.REQUIRED) @Valid AskRequest request, @Context Sse sse) {
        Question question = new Question(request.question());
        long started = System.nanoTime();
        Asker.Streamed streamed = asker.stream(question, request.passages(), request.asOf(), request.overviewDetail());
        return Multi.createFrom()
                .<OutboundSseEvent>emitter(events -> {
                    Answer answer = streamed.answer(text -> events.emit(
                            sse.newEventBuilder().name("text").data(text).build()));
                    long took = System.nanoTime() - started;
                    events.emit(sse.newEventBuilder()
                            .name("answer")
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(answerJson(AskResponse.of(answer, took / 1_000_000)))
                            .build());
                    events.complete();
                })
                .onTermination()
                .invoke(streamed::close)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private String answerJson(AskResponse response) {
        try {
            return json.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }
}
