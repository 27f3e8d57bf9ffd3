package dev.sourced.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.AssistantEventHandler;
import com.slack.api.model.event.MessageEvent;
import dev.sourced.slack.assistant.AssistantThreads;
import dev.sourced.slack.delivery.WebApiCall;
import dev.sourced.slack.thread.Bot;

/**
 * A person's message in an assistant thread (or any thread of a direct message): answered in it like a direct message,
 * on the bounded pool, resolved against the thread like any follow-up; the thread shows "Searching the articles…"
 * while the question is answered, and the first question the thread answers becomes its title. The assistant's
 * threads are direct messages: with those switched off, the thread gets the note saying where to ask instead (see
 * {@link ChannelPolicy}).
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
        if (SlackMessage.fromPerson(payload.getEvent()) && gate.isNew(payload)) {
            replier.replyLater(ctx.client(), Bot.of(ctx), SlackMessage.of(payload), true, new Shown(ctx));
        }
    }

    /** The thread's status while answering and its title from the first question answered. */
    private record Shown(EventContext ctx) implements ThreadReplier.Progress {
        @Override
        public void answering() {
            WebApiCall.ok("assistant.threads.setStatus", () -> ctx.setStatus(AssistantThreads.SEARCHING));
        }

        @Override
        public void answered(ThreadReplier.Answered answered) {
            if (answered.first()) {
                WebApiCall.ok(
                        "assistant.threads.setTitle",
                        () -> ctx.setTitle(
                                AssistantThreads.title(answered.question().text())));
            }
        }
    }
}
