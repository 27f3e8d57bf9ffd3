package dev.sourced.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.answer.Answer;
import dev.sourced.answer.AnswerGenerator;
import dev.sourced.answer.Asker;
import io.smallrye.common.annotation.Blocking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /v1/chat/completions}: Sourced as an OpenAI chat model, so that chat clients and SDKs can ask it. The
 * last user message is the question, resolved against the conversation before it ({@link Conversation}); the
 * {@code model} chooses the generator ({@link Models}); the reply's content is the answer with its markers and
 * sources ({@link Reply}), its {@code citations} the structured citations. HTTP only: the asking is {@link Asker}'s,
 * with its bulkhead, and the rate limit is {@code /api/ask}'s.
 */
@Path("/v1/chat/completions")
public class ChatCompletionsResource {
    private final Asker asker;
    private final Models models;
    private final ObjectMapper json;

    public ChatCompletionsResource(Asker asker, Models models, ObjectMapper json) {
        this.asker = asker;
        this.models = models;
        this.json = json;
    }

    /**
     * Blocking, so that it runs on a worker thread, as the stream's writer then does too. A stream takes its place in
     * the bulkhead and retrieves its passages here, before the status line, so that overload and an index that is
     * not ready are errors with a body, like every other rejection.
     */
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
    @Operation(summary = "OpenAI-compatible chat completion: the cited answer to the last user message")
    public Response complete(
            @NotNull(message = ChatRequest.REQUIRED) @Valid ChatRequest request, @Context UriInfo uri) {
        AnswerGenerator generator = models.generator(request.model());
        Conversation.Asked asked = Conversation.of(request.messages());
        Completions.Head head = new Completions.Head(
                "chatcmpl-" + UUID.randomUUID().toString().replace("-", ""),
                Instant.now().getEpochSecond(),
                Models.id(generator.name()));
        if (request.streamed()) {
            Asker.Streamed streamed =
                    asker.stream(asked.question(), request.passages(), null, request.overviewDetail(), generator);
            return Response.ok(new CompletionStream(streamed, asked, head, uri.getBaseUri(), json))
                    .type(MediaType.SERVER_SENT_EVENTS)
                    .header("Cache-Control", "no-cache")
                    .build();
        }
        Answer answer = asker.ask(asked.question(), request.passages(), null, request.overviewDetail(), generator);
        return Response.ok(Completions.Completion.of(
                        head.answeredBy(answer.generator()),
                        Reply.content(asked, answer, uri.getBaseUri()),
                        answer.citations()))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }
}
