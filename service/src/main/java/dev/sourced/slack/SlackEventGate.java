package dev.sourced.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;

/** Decides whether an event delivery is new: Slack retries and duplicate deliveries share an event id. */
final class SlackEventGate {
    private final RecentEvents recent;

    SlackEventGate(RecentEvents recent) {
        this.recent = recent;
    }

    boolean isNew(EventsApiPayload<?> payload) {
        String id = payload.getEventId();
        return id == null || recent.firstTime(id);
    }
}
