package dev.sourced.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sourced.answer.Citation;
import java.util.List;

/**
 * The response bodies of {@code POST /v1/chat/completions}, in OpenAI's shapes: a {@code chat.completion}, or the
 * {@code chat.completion.chunk}s of a stream. Both carry one field of Sourced's own, {@code citations} (in a stream,
 * on the last chunk only): the answer's citations as {@code /api/ask} gives them.
 */
final class Completions {
    static final String STOP = "stop";

    private Completions() {}

    /** The id, creation time (Unix seconds) and model that every part of one response shares. */
    record Head(String id, long created, String model) {}

    /** A whole reply. {@code usage} is zeros: Sourced counts no tokens. */
    record Completion(
            String id,
            String object,
            long created,
            String model,
            List<Choice> choices,
            Usage usage,
            List<Citation> citations) {
        static Completion of(Head head, String content, List<Citation> citations) {
            return new Completion(
                    head.id(),
                    "chat.completion",
                    head.created(),
                    head.model(),
                    List.of(new Choice(0, new Message("assistant", content, null), null, STOP)),
                    new Usage(0, 0, 0),
                    citations);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Choice(
            int index,
            Message message,
            Object logprobs,
            @JsonProperty("finish_reason") String finishReason) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Message(String role, String content, String refusal) {}

    record Usage(
            @JsonProperty("prompt_tokens") int promptTokens,
            @JsonProperty("completion_tokens") int completionTokens,
            @JsonProperty("total_tokens") int totalTokens) {}

    /** One event of a stream; {@code citations} only on the last, which has the {@code finish_reason}. */
    record Chunk(
            String id,
            String object,
            long created,
            String model,
            List<ChunkChoice> choices,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Citation> citations) {
        /** The first: the role, before any content. */
        static Chunk opening(Head head) {
            return of(head, new Delta("assistant", ""), null, null);
        }

        static Chunk content(Head head, String text) {
            return of(head, new Delta(null, text), null, null);
        }

        /** The last, naming the generator that answered and carrying the citations. */
        static Chunk last(Head head, List<Citation> citations) {
            return of(head, new Delta(null, null), STOP, citations);
        }

        private static Chunk of(Head head, Delta delta, String finishReason, List<Citation> citations) {
            return new Chunk(
                    head.id(),
                    "chat.completion.chunk",
                    head.created(),
                    head.model(),
                    List.of(new ChunkChoice(0, delta, null, finishReason)),
                    citations);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ChunkChoice(
            int index,
            Delta delta,
            Object logprobs,
            @JsonProperty("finish_reason") String finishReason) {}

    /** What a chunk adds: the role (first chunk only) or content; the last chunk's is empty. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Delta(String role, String content) {}
}
