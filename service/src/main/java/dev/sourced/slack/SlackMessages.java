package dev.sourced.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.MessageEvent;

/** The message a message event carries. */
final class SlackMessages {
    private SlackMessages() {}

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
}
