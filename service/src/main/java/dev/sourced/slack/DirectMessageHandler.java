package dev.sourced.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;

/**
 * A direct message to the bot: answered in the message's thread. Channel messages arrive as mentions instead, and
 * messages from bots (this one included) are never answered, so two bots cannot talk in circles. With direct
 * messages switched off, the asker is told where to ask (see {@link ChannelPolicy}).
 */
final class DirectMessageHandler implements BoltEventHandler<MessageEvent> {
    private static final String DIRECT_MESSAGE = "im";

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
        boolean fromPerson = event.getBotId() == null && event.getSubtype() == null && event.getUser() != null;
        if (!DIRECT_MESSAGE.equals(event.getChannelType()) || !fromPerson || !gate.isNew(payload)) {
            return ctx.ack();
        }
        replier.replyWhereAllowed(
                policy, true, ctx.client(), event.getChannel(), event.getTs(), event.getThreadTs(), event.getText());
        return ctx.ack();
    }
}
