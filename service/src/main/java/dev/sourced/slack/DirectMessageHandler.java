package dev.sourced.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.sourced.slack.thread.Bot;

/**
 * A direct message to the bot: answered in the message's thread (a message inside a thread of a direct message is
 * the assistant's, {@link AssistantQuestionHandler}). Messages from bots (this one included) are never answered, so
 * two bots cannot talk in circles. With direct messages switched off, the asker is told where to ask (see
 * {@link ChannelPolicy}).
 */
final class DirectMessageHandler implements BoltEventHandler<MessageEvent> {
    static final String DIRECT_MESSAGE = "im";

    private final SlackEventGate gate;
    private final ChannelPolicy policy;
    private final ThreadReplier replier;

    DirectMessageHandler(SlackEventGate gate, ChannelPolicy policy, ThreadReplier replier) {
        this.gate = gate;
        this.policy = policy;
        this.replier = replier;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        if (!DIRECT_MESSAGE.equals(event.getChannelType())
                || !SlackMessages.fromPerson(event)
                || !gate.isNew(payload)) {
            return ctx.ack();
        }
        replier.replyWhereAllowed(policy, true, ctx.client(), Bot.of(ctx), SlackMessages.of(payload));
        return ctx.ack();
    }
}
