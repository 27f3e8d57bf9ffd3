package dev.sourced.answer;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.sourced.conversation.Turns;
import dev.sourced.corpus.Chunk;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.Search;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Answers with a chat model on any OpenAI-compatible server, from the retrieved passages that meet the question's
 * constraints only ({@link ConstrainedPassages}); with none, it abstains as the extractive generator does, without a
 * call. Its citations are checked against the passages it was given ({@link CitationCheck}) and each of its
 * sentences against the passages it cites ({@link ClaimCheck}: unsupported ones are removed and counted); a timeout,
 * an error, an empty reply or an answer with no supported sentence falls back to the extractive generator, and the
 * answer says which generator produced it. When the sources disagree on the value a typed question asks for, the
 * extractive disclosure is the answer and the model is not asked ({@link SourceDisagreement}). For an overview
 * question the model is given the sentences the extractive overview chose, each a numbered source of its own, and
 * asked for an overview of them.
 */
public final class LlmAnswerGenerator implements AnswerGenerator {
    public static final String NAME = "llm";
    private static final Logger LOG = Logger.getLogger(LlmAnswerGenerator.class);

    private final ChatModel chat;
    private final StreamingChatModel streaming;
    private final ExtractiveAnswerGenerator fallback;
    private final Duration timeout;

    public LlmAnswerGenerator(
            ChatModel chat, StreamingChatModel streaming, ExtractiveAnswerGenerator fallback, Duration timeout) {
        this.chat = chat;
        this.streaming = streaming;
        this.fallback = fallback;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Answer generate(Search.Result evidence) {
        return generate(evidence, Detail.STANDARD);
    }

    @Override
    public Answer generate(Search.Result evidence, Detail detail) {
        return generate(evidence, detail, List.of());
    }

    /** The model sees the conversation's earlier turns before the sources and the question. */
    @Override
    public Answer generate(Search.Result evidence, Detail detail, List<Turns.Turn> earlier) {
        Prompt prompt = prompt(evidence, detail, earlier);
        if (prompt.answer() != null) {
            return prompt.answer();
        }
        try {
            ChatResponse response = chat.chat(prompt.messages());
            return checked(response, evidence, prompt.passages(), detail);
        } catch (RuntimeException e) {
            return fallBack(evidence, detail, e);
        }
    }

    /** Streams the model's text as it comes; the returned answer, checked, is the one that counts. */
    @Override
    public Answer generate(Search.Result evidence, Detail detail, Consumer<String> onText) {
        return generate(evidence, detail, List.of(), onText);
    }

    @Override
    public Answer generate(Search.Result evidence, Detail detail, List<Turns.Turn> earlier, Consumer<String> onText) {
        Prompt prompt = prompt(evidence, detail, earlier);
        if (prompt.answer() != null) {
            onText.accept(prompt.answer().text());
            return prompt.answer();
        }
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        try {
            streaming.chat(prompt.messages(), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String text) {
                    onText.accept(text);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            return checked(done.get(timeout.toMillis(), TimeUnit.MILLISECONDS), evidence, prompt.passages(), detail);
        } catch (TimeoutException e) {
            done.cancel(true);
            return fallBack(evidence, detail, e);
        } catch (ExecutionException e) {
            return fallBack(evidence, detail, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallBack(evidence, detail, e);
        } catch (RuntimeException e) {
            return fallBack(evidence, detail, e);
        }
    }

    /**
     * What the model is asked, with the passages it may cite; or the answer given without asking it. An overview
     * question gets the sentences the extractive overview chose, each a source of its own, and is asked for an
     * overview of them; a factoid question the passages that meet its constraints. With nothing to give, or when the
     * sources disagree on a typed value, the extractive answer is the answer.
     */
    private Prompt prompt(Search.Result evidence, Detail detail, List<Turns.Turn> earlier) {
        Optional<OverviewQuestion> overview = OverviewQuestion.of(evidence.question());
        if (overview.isPresent()) {
            List<Hit> sentences = fallback.overviewSentences(evidence, overview.get(), detail).stream()
                    .map(LlmAnswerGenerator::asPassage)
                    .toList();
            if (!sentences.isEmpty()) {
                return new Prompt(
                        sentences,
                        GroundedPrompt.overview(evidence.question(), sentences, detail.sentences(), earlier),
                        null);
            }
        }
        List<Hit> passages = ConstrainedPassages.of(evidence, fallback.readerOf(evidence));
        if (passages.isEmpty()) {
            return Prompt.answered(fallback.generate(evidence, detail));
        }
        Answer disclosed = disagreement(evidence);
        if (disclosed != null) {
            return Prompt.answered(disclosed);
        }
        return new Prompt(passages, GroundedPrompt.messages(evidence.question(), passages, earlier), null);
    }

    /** A chosen sentence as a passage of its own, so that the model cites it and the checks quote exactly it. */
    private static Hit asPassage(OverviewSelection.Chosen c) {
        Hit hit = c.hit();
        Chunk sentence = new Chunk(
                hit.chunk().id(), hit.articleId(), c.span().start(), c.span().end(), c.text(), List.of(c.span()));
        return new Hit(
                sentence,
                hit.title(),
                hit.date(),
                c.relevance(),
                hit.retrievers(),
                List.of(c.vector()),
                hit.provenance());
    }

    /** The messages and the passages they number, or the answer when no model is asked. */
    private record Prompt(List<Hit> passages, List<ChatMessage> messages, Answer answer) {
        static Prompt answered(Answer answer) {
            return new Prompt(List.of(), List.of(), answer);
        }
    }

    /**
     * The extractive reading's disclosure when the sources disagree on a typed question's value, or {@code null}: a
     * model given passages that disagree would pick one value silently, so it is not asked.
     */
    private Answer disagreement(Search.Result evidence) {
        Answer extractive = fallback.generate(evidence);
        return extractive.conflict() ? extractive.withFallback("disagreement") : null;
    }

    private Answer checked(ChatResponse response, Search.Result evidence, List<Hit> passages, Detail detail) {
        String text = response == null || response.aiMessage() == null
                ? null
                : response.aiMessage().text();
        Answer answer = CitationCheck.check(text, passages, NAME);
        if (answer == null) {
            LOG.warn("the language model returned no usable answer; answering extractively");
            return fallback.generate(evidence, detail).withFallback("unusable");
        }
        Answer supported = ClaimCheck.check(answer);
        if (supported == null) {
            LOG.warn("no sentence of the language model's answer is supported by a passage it cites; answering"
                    + " extractively");
            return fallback.generate(evidence, detail).withFallback("unsupported");
        }
        return supported;
    }

    private Answer fallBack(Search.Result evidence, Detail detail, Throwable error) {
        String reason = isTimeout(error) ? "timeout" : "error";
        LOG.warnf(
                "the language model failed (%s: %s); answering extractively",
                reason, error.getClass().getSimpleName());
        return fallback.generate(evidence, detail).withFallback(reason);
    }

    private static boolean isTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException
                    || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
