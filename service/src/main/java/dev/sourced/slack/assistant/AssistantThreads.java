package dev.sourced.slack.assistant;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.AssistantEventHandler;
import com.slack.api.bolt.middleware.builtin.Assistant;
import com.slack.api.bolt.service.AssistantThreadContextService;
import com.slack.api.model.assistant.AssistantThreadContext;
import com.slack.api.model.assistant.SuggestedPrompt;
import com.slack.api.model.event.MessageEvent;
import dev.sourced.slack.delivery.WebApiCall;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Slack's assistant container (an AI app's split view) through Bolt's {@link Assistant} middleware, which takes the
 * assistant threads' events (and every message in a thread of a direct message) before the other handlers: a new
 * thread is offered {@link SuggestedPrompts}, a person's message goes to the questions handler, the bot's own messages
 * and messages with files are left alone. The middleware would run these on an executor of its own and let a full
 * pool's refusal escape to Slack as an error; here they run in place, quick like every other event handler, and put
 * their slow work on the bounded pool themselves (the questions handler through the same queue as mentions and direct
 * messages, with its "busy" note), before the middleware acknowledges the event.
 */
public final class AssistantThreads {
    /** The status a thread shows while its question is answered; Slack clears it when the reply is posted. */
    public static final String SEARCHING = "Searching the articles…";
    /** The events the middleware needs Slack to send (the manifest subscribes to them). */
    public static final Set<String> EVENT_TYPES = Set.of("assistant_thread_started");

    /** The heading over the suggested prompts. */
    static final String PROMPTS_TITLE = "Recent stories";

    /** Slack lists threads by title; a long question is cut at a word. */
    private static final int TITLE_CHARS = 80;

    private static final Logger LOG = Logger.getLogger(AssistantThreads.class);

    private AssistantThreads() {}

    /**
     * @param questions answers a person's message in an assistant thread; runs in place, so it must only queue its
     *     work
     * @param workers the bounded pool the prompts are offered on
     */
    public static Assistant middleware(
            SuggestedPrompts prompts, AssistantEventHandler<MessageEvent> questions, Executor workers) {
        Assistant assistant = new Assistant(new UnkeptContext(), new InPlace());
        assistant.setThreadContextAutoSave(false);
        return assistant
                .threadStarted((payload, ctx) -> offerLater(prompts, ctx, workers))
                .threadContextChanged((payload, ctx) -> {})
                .userMessage(questions)
                .userMessageWithFiles((payload, ctx) -> {})
                .botMessage((payload, ctx) -> {});
    }

    /** A thread's title, from the first question it answered. */
    public static String title(String question) {
        return cutAtWord(question, TITLE_CHARS);
    }

    /** {@code text}, or its words that fit in {@code max} characters and an ellipsis. */
    static String cutAtWord(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > 0 ? cut : max - 1).replaceAll("[,;:.\\s]+$", "") + "…";
    }

    private static void offerLater(SuggestedPrompts prompts, EventContext ctx, Executor workers) {
        try {
            workers.execute(() -> offer(prompts, ctx));
        } catch (RejectedExecutionException e) {
            LOG.warn("no suggested prompts: the answer queue is full");
        }
    }

    private static void offer(SuggestedPrompts prompts, EventContext ctx) {
        List<SuggestedPrompt> newest;
        try {
            newest = prompts.newest();
        } catch (RuntimeException e) {
            // The index is not ready yet, say: the thread opens without prompts.
            LOG.warnf("no suggested prompts: %s", e.getClass().getSimpleName());
            return;
        }
        if (!newest.isEmpty()) {
            WebApiCall.ok(
                    "assistant.threads.setSuggestedPrompts", () -> ctx.setSuggestedPrompts(newest, PROMPTS_TITLE));
        }
    }

    /**
     * Runs what the middleware hands it on the calling thread. The middleware only submits and forgets, so the
     * lifecycle methods have nothing to manage.
     */
    private static final class InPlace extends AbstractExecutorService {
        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {}

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return false;
        }
    }

    /**
     * The channel a person is viewing beside the assistant is not kept: Sourced answers from its articles, not from
     * the channel. Bolt's default would also read and rewrite the thread's first reply before every acknowledgement.
     */
    private static final class UnkeptContext implements AssistantThreadContextService {
        @Override
        public Optional<AssistantThreadContext> findCurrentContext(String channelId, String threadTs) {
            return Optional.empty();
        }

        @Override
        public void saveCurrentContext(String channelId, String threadTs, AssistantThreadContext context) {}
    }
}
