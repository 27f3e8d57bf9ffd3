package dev.sourced.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.AssistantEventHandler;
import com.slack.api.model.event.MessageEvent;
import dev.sourced.slack.assistant.AssistantThreads;
import dev.sourced.slack.delivery.WebApiCall;
import dev.sourced.slack.thread.Bot;
import java.util.Optional;

/**
 * A person's message in an assistant thread (or any thread of a direct message), on a worker already: the thread
 * shows "Searching the articles…" while the question is answered in it, resolved against the thread like any
 * follow-up, and the first question the thread answers becomes its title.
 */
final class AssistantQuestionHandler implements AssistantEventHandler<MessageEvent> {

    private final SlackEventGate gate;
    private final ThreadReplier replier;

    AssistantQuestionHandler(SlackEventGate gate, ThreadReplier replier) {
        this.gate = gate;
        this.replier = replier;
    }

    @Override
    public void apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        if (!SlackMessages.fromPerson(payload.getEvent())
                || MentionText.question(payload.getEvent().getText()).isEmpty()
                || !gate.isNew(payload)) {
            return;
        }
        WebApiCall.ok("assistant.threads.setStatus", () -> ctx.setStatus(AssistantThreads.SEARCHING));
        Optional<ThreadReplier.Answered> answered =
                replier.reply(ctx.client(), Bot.of(ctx), SlackMessages.of(payload), false);
        answered.filter(ThreadReplier.Answered::first)
                .ifPresent(a -> WebApiCall.ok(
                        "assistant.threads.setTitle",
                        () -> ctx.setTitle(AssistantThreads.title(a.question().text()))));
    }
}
