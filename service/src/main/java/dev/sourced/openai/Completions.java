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
    record Head(String id, long created, String model) {
        /** The same response, naming the generator that answered (the configured one may have fallen back). */
        Head answeredBy(String generator) {
            return new Head(id, created, Models.id(generator));
        }
    }

    /**
     * A whole reply ({@code chat.completion}, with {@code usage}, zeros: Sourced counts no tokens) or one event of a
     * stream ({@code chat.completion.chunk}, without {@code usage}, {@code citations} only on the last, which has the
     * {@code finish_reason}).
     */
    record Completion(
            String id,
            String object,
            long created,
            String model,
            List<Choice> choices,
            @JsonInclude(JsonInclude.Include.NON_NULL) Usage usage,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Citation> citations) {
        static Completion of(Head head, String content, List<Citation> citations) {
            return new Completion(
                    head.id(),
                    "chat.completion",
                    head.created(),
                    head.model(),
                    List.of(new Choice(0, new Message("assistant", content, null), null, null, STOP)),
                    new Usage(0, 0, 0),
                    citations);
        }
    }

    /**
     * The one choice: a whole reply's {@code message}, or a chunk's {@code delta}; {@code logprobs} and
     * {@code finish_reason} are written even when {@code null}, as OpenAI writes them.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Choice(
            int index,
            @JsonInclude(JsonInclude.Include.NON_NULL) Message message,
            @JsonInclude(JsonInclude.Include.NON_NULL) Delta delta,
            Object logprobs,
            @JsonProperty("finish_reason") String finishReason) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Message(String role, String content, String refusal) {}

    record Usage(
            @JsonProperty("prompt_tokens") int promptTokens,
            @JsonProperty("completion_tokens") int completionTokens,
            @JsonProperty("total_tokens") int totalTokens) {}

    /** The events of a stream. */
    static final class Chunk {
        private Chunk() {}

        /** The first: the role, before any content. */
        static Completion opening(Head head) {
            return of(head, new Delta("assistant", ""), null, null);
        }

        static Completion content(Head head, String text) {
            return of(head, new Delta(null, text), null, null);
        }

        /** The last, naming the generator that answered and carrying the citations. */
        static Completion last(Head head, List<Citation> citations) {
            return of(head, new Delta(null, null), STOP, citations);
        }

        private static Completion of(Head head, Delta delta, String finishReason, List<Citation> citations) {
            return new Completion(
                    head.id(),
                    "chat.completion.chunk",
                    head.created(),
                    head.model(),
                    List.of(new Choice(0, null, delta, null, finishReason)),
                    null,
                    citations);
        }
    }

    /** What a chunk adds: the role (first chunk only) or content; the last chunk's is empty. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Delta(String role, String content) {}
}
