package dev.sourced.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.sourced.slack.thread.Bot;
import dev.sourced.slack.thread.ThreadMessage;

/**
 * A person's message in a channel thread that does not mention the bot: answered as a follow-up when the bot has
 * answered in that thread and the message asks something of no one in particular ({@link ThreadMessage}). A message
 * that mentions the bot is answered as a mention ({@link AppMentionHandler}), once.
 */
final class ThreadFollowUpHandler implements BoltEventHandler<MessageEvent> {
    private final SlackEventGate gate;
    private final ChannelPolicy policy;
    private final ThreadReplier replier;

    ThreadFollowUpHandler(SlackEventGate gate, ChannelPolicy policy, ThreadReplier replier) {
        this.gate = gate;
        this.policy = policy;
        this.replier = replier;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        Bot bot = Bot.of(ctx);
        if (event.getThreadTs() == null
                || !SlackMessages.fromPerson(event)
                || bot.isMentionedIn(event.getText())
                || !ThreadMessage.asksSourced(event.getText(), bot)
                // Not addressed to the bot: where it does not answer, it stays silent rather than note.
                || !policy.allows(event.getChannel(), false)
                || !gate.isNew(payload)) {
            return ctx.ack();
        }
        replier.followUpLater(ctx.client(), bot, SlackMessages.of(payload));
        return ctx.ack();
    }
}
