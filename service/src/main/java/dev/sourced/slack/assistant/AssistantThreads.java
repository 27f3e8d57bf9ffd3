package dev.sourced.slack.assistant;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.AssistantEventHandler;
import com.slack.api.bolt.middleware.builtin.Assistant;
import com.slack.api.bolt.service.AssistantThreadContextService;
import com.slack.api.model.assistant.AssistantThreadContext;
import com.slack.api.model.assistant.SuggestedPrompt;
import com.slack.api.model.event.AssistantThreadStartedEvent;
import com.slack.api.model.event.MessageEvent;
import dev.sourced.slack.delivery.WebApiCall;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.jboss.logging.Logger;

/**
 * Slack's assistant container (an AI app's split view) through Bolt's {@link Assistant} middleware, which takes the
 * assistant threads' events (and every message in a thread of a direct message) before the other handlers: a new
 * thread is offered {@link SuggestedPrompts}, a person's message goes to the questions handler, the bot's own messages
 * and messages with files are left alone. The middleware acknowledges each event at once and runs these on the given
 * workers.
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

    /** @param questions answers a person's message in an assistant thread; runs on {@code workers} */
    public static Assistant middleware(
            SuggestedPrompts prompts, AssistantEventHandler<MessageEvent> questions, ExecutorService workers) {
        Assistant assistant = new Assistant(new UnkeptContext(), workers);
        assistant.setThreadContextAutoSave(false);
        return assistant
                .threadStarted((payload, ctx) -> offer(prompts, payload, ctx))
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

    private static void offer(
            SuggestedPrompts prompts, EventsApiPayload<AssistantThreadStartedEvent> payload, EventContext ctx) {
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
