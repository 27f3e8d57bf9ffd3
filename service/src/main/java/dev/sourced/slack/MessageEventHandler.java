package dev.sourced.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.sourced.slack.thread.Bot;
import dev.sourced.slack.thread.ThreadMessage;

/**
 * A person's message that reaches Bolt's {@code message} handler: a direct message to the bot, answered in its thread,
 * or a message in a channel thread that does not mention the bot, answered as a follow-up when the bot has answered
 * in that thread and the message asks something of no one in particular ({@link ThreadMessage}). A message inside a
 * thread of a direct message never gets here: it is the assistant's ({@link AssistantQuestionHandler}). A message that
 * mentions the bot is answered as a mention ({@link AppMentionHandler}), once. Messages from bots (this one included)
 * are never answered, so two bots cannot talk in circles.
 */
final class MessageEventHandler implements BoltEventHandler<MessageEvent> {
    static final String DIRECT_MESSAGE = "im";

    private final SlackEventGate gate;
    private final ThreadReplier replier;

    MessageEventHandler(SlackEventGate gate, ThreadReplier replier) {
        this.gate = gate;
        this.replier = replier;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        if (!SlackMessage.fromPerson(event)) {
            return ctx.ack();
        }
        Bot bot = Bot.of(ctx);
        if (DIRECT_MESSAGE.equals(event.getChannelType())) {
            if (gate.isNew(payload)) {
                replier.replyLater(ctx.client(), bot, SlackMessage.of(payload), true, ThreadReplier.Progress.NONE);
            }
        } else if (event.getThreadTs() != null
                && !bot.isMentionedIn(event.getText())
                && ThreadMessage.asksSourced(event.getText(), bot)
                && gate.isNew(payload)) {
            replier.followUpLater(ctx.client(), bot, SlackMessage.of(payload));
        }
        return ctx.ack();
    }
}
