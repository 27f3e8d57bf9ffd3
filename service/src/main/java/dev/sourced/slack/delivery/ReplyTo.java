package dev.sourced.slack;

import dev.sourced.slack.delivery.MessageStream;

/**
 * Where a reply goes: a thread in a channel, and the person it answers with their team (Slack requires both to
 * stream a message into a channel).
 *
 * @param user the asker, or {@code null} when unknown
 * @param team the asker's team, or {@code null} when unknown
 */
record ReplyTo(String channel, String threadTs, String user, String team) {
    MessageStream.Target streamTarget() {
        return new MessageStream.Target(channel, threadTs, user, team);
    }
}
