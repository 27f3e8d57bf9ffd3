package dev.sourced.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.sourced.slack.delivery.ReplyTo;

/**
 * A person's message that may be answered, as an event gives it.
 *
 * @param threadTs the thread the message is in, or {@code null} when it starts one at {@code ts}
 * @param user who sent it, or {@code null} when the event does not say
 * @param team their team, or {@code null} when the event does not say
 * @param text the text as Slack sends it, mentions and escapes included
 */
record SlackMessage(String channel, String ts, String threadTs, String user, String team, String text) {
    /** The message a mention event carries. */
    static SlackMessage of(AppMentionEvent event, String teamId) {
        return new SlackMessage(
                event.getChannel(), event.getTs(), event.getThreadTs(), event.getUser(), teamId, event.getText());
    }

    /** The message a message event carries; its team is the payload's when the event names none. */
    static SlackMessage of(EventsApiPayload<MessageEvent> payload) {
        MessageEvent event = payload.getEvent();
        return new SlackMessage(
                event.getChannel(),
                event.getTs(),
                event.getThreadTs(),
                event.getUser(),
                event.getTeam() != null ? event.getTeam() : payload.getTeamId(),
                event.getText());
    }

    /** From a person: not a bot's (this one included), not an edit, a deletion or another subtype. */
    static boolean fromPerson(MessageEvent event) {
        return event.getBotId() == null && event.getSubtype() == null && event.getUser() != null;
    }

    /** The thread a reply goes to: the message's, or the one it starts. */
    ReplyTo replyTo() {
        return new ReplyTo(channel, threadTs != null ? threadTs : ts, user, team);
    }
}
