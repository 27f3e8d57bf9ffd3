package dev.sourced.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Asker;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * A streamed reply in OpenAI's Server-Sent Events: {@code data: <chat.completion.chunk>} events, the role first, then
 * the content, then a last chunk with {@code finish_reason} {@code stop} and the citations, then {@code data: [DONE]}.
 * The content is sent once the answer is checked: a language model's tokens are not passed on as they come, because
 * its markers are renumbered and its unsupported sentences removed only when it has finished, and a chat client
 * cannot take back text it has shown. The question's place in the bulkhead, taken before the response began, is given
 * back when the stream ends, however it ends.
 */
final class CompletionStream implements StreamingOutput {
    private static final Logger LOG = Logger.getLogger(CompletionStream.class);

    private final Asker.Streamed streamed;
    private final Conversation.Asked asked;
    private final Completions.Head head;
    private final URI base;
    private final ObjectMapper json;

    CompletionStream(
            Asker.Streamed streamed, Conversation.Asked asked, Completions.Head head, URI base, ObjectMapper json) {
        this.streamed = streamed;
        this.asked = asked;
        this.head = head;
        this.base = base;
        this.json = json;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (streamed) {
            send(out, Completions.Chunk.opening(head));
            Answer answer;
            try {
                answer = streamed.answer(text -> {});
            } catch (RuntimeException e) {
                // The status line is sent: the failure can only be told in the stream, as OpenAI tells its own.
                LOG.error("a streamed chat completion failed", e);
                send(out, OpenAiErrors.streamed("internal error"));
                return;
            }
            for (String piece : Reply.pieces(asked, answer, base)) {
                send(out, Completions.Chunk.content(head, piece));
            }
            send(out, Completions.Chunk.last(head.answeredBy(answer.generator()), answer.citations()));
            event(out, "[DONE]");
        }
    }

    private void send(OutputStream out, Object chunk) throws IOException {
        try {
            event(out, json.writeValueAsString(chunk));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chunk could not be written as JSON", e);
        }
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
