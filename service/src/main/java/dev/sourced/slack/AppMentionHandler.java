package dev.sourced.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import dev.sourced.slack.thread.Bot;

/**
 * {@code @Sourced question} in a channel: answered in the thread of the mention, resolved against that thread, or, in a
 * channel where Sourced does not answer, told there where to ask (see {@link ChannelPolicy}).
 */
final class AppMentionHandler implements BoltEventHandler<AppMentionEvent> {
    private final SlackEventGate gate;
    private final ThreadReplier replier;

    AppMentionHandler(SlackEventGate gate, ThreadReplier replier) {
        this.gate = gate;
        this.replier = replier;
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        if (event.getBotId() == null && event.getEdited() == null && gate.isNew(payload)) {
            replier.replyLater(
                    ctx.client(),
                    Bot.of(ctx),
                    SlackMessage.of(event, payload.getTeamId()),
                    false,
                    ThreadReplier.Progress.NONE);
        }
        return ctx.ack();
    }
}
