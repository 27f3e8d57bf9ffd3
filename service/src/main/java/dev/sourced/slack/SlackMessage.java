package dev.sourced.slack;

/**
 * A person's message that may be answered, as an event gives it.
 *
 * @param threadTs the thread the message is in, or {@code null} when it starts one at {@code ts}
 * @param user who sent it, or {@code null} when the event does not say
 * @param team their team, or {@code null} when the event does not say
 * @param text the text as Slack sends it, mentions and escapes included
 */
record SlackMessage(String channel, String ts, String threadTs, String user, String team, String text) {
    /** The thread a reply goes to: the message's, or the one it starts. */
    ReplyTo replyTo() {
        return new ReplyTo(channel, threadTs != null ? threadTs : ts, user, team);
    }
}
