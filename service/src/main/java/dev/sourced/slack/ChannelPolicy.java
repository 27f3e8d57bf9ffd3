package dev.sourced.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Where Sourced answers: in every channel it is in, or only in those of the allow-list ({@code sourced.slack.channels});
 * in direct messages unless they are switched off ({@code sourced.slack.direct-messages}). Elsewhere a question gets a
 * one-line note saying where to ask, at most once a day per channel, so that people who keep mentioning the bot
 * there are not answered by a wall of notes. Every handler that answers a person asks this first. Which channels
 * were told is kept in memory only, for {@link #NOTE_EVERY}, and for at most {@link #MAX_CHANNELS} channels: after a
 * restart (or past that many channels in a day) a channel may be told again, which costs one line. Thread-safe.
 */
final class ChannelPolicy {
    static final Duration NOTE_EVERY = Duration.ofDays(1);
    static final int MAX_CHANNELS = 10_000;

    /** What to do with a question asked in a channel. */
    enum Reply {
        /** Answer it. */
        ANSWER,
        /** Post {@link #note()} instead: not answered here, and the channel has not been told in the past day. */
        NOTE,
        /** Nothing: not answered here, and the channel has been told in the past day. */
        NOTHING
    }

    private final Optional<Set<String>> channels;
    private final boolean directMessages;
    private final RecentEvents noted;
    private final String note;

    /**
     * @param channels the ids of the channels to answer in, or empty for every channel the bot is in
     * @param directMessages whether direct messages to the bot are answered
     * @param clock tells when a channel was last told where to ask
     */
    ChannelPolicy(Optional<Set<String>> channels, boolean directMessages, Clock clock) {
        this.channels = channels.map(Set::copyOf);
        this.directMessages = directMessages;
        this.noted = new RecentEvents(NOTE_EVERY, MAX_CHANNELS, () -> TimeUnit.MILLISECONDS.toNanos(clock.millis()));
        this.note = note(this.channels, directMessages);
    }

    /**
     * Whether questions are answered in a conversation.
     *
     * @param direct whether it is a direct message with the bot rather than a channel
     */
    boolean allows(String channel, boolean direct) {
        if (direct) {
            return directMessages;
        }
        return channels.map(allowed -> allowed.contains(channel)).orElse(true);
    }

    /** What to do with a question asked in a conversation where nobody else is told privately (a mention, a DM). */
    Reply onQuestion(String channel, boolean direct) {
        if (allows(channel, direct)) {
            return Reply.ANSWER;
        }
        return noted.firstTime(channel) ? Reply.NOTE : Reply.NOTHING;
    }

    /** One line saying where questions are answered, in Slack's markup: channels as {@code <#C123>} links. */
    String note() {
        return note;
    }

    private static String note(Optional<Set<String>> channels, boolean directMessages) {
        if (channels.isEmpty()) {
            // Only direct messages can be refused when every channel is allowed.
            return "I answer questions in the channels I am in, not in direct messages: mention me in one of them.";
        }
        List<String> places =
                channels.get().stream().sorted().map(id -> "<#" + id + ">").toList();
        String where = directMessages ? String.join(", ", places) + " and in direct messages" : joined(places);
        return "I answer questions only in " + where + ". Please ask me there.";
    }

    private static String joined(List<String> places) {
        if (places.size() == 1) {
            return places.getFirst();
        }
        return String.join(", ", places.subList(0, places.size() - 1)) + " and " + places.getLast();
    }
}
