package dev.sourced.slack.delivery;

/**
 * Where a reply goes: a thread in a channel, and the person it answers with their team (Slack requires both to
 * stream a message into a channel).
 *
 * @param user the asker, or {@code null} when unknown
 * @param team the asker's team, or {@code null} when unknown
 */
public record ReplyTo(String channel, String threadTs, String user, String team) {}
