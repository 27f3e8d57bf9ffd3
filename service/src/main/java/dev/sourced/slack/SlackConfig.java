package dev.sourced.slack;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.Set;

/** The Slack app's credentials and endpoints. Without a signing secret the Slack endpoints are off (404). */
@ConfigMapping(prefix = "sourced.slack")
public interface SlackConfig {
    /** Verifies that requests come from Slack. Never logged. */
    Optional<String> signingSecret();

    /** The bot token ({@code xoxb-…}) used to post replies. Never logged. */
    Optional<String> botToken();

    /** Slack's Web API base URL; tests point it at a stand-in on loopback. */
    @WithDefault("https://slack.com/api/")
    String apiUrl();

    /** An app-level token ({@code xapp-…}) switches on Socket Mode, for workspaces without a public URL. */
    Optional<String> appToken();

    /** Threads that produce answers after Slack has been acknowledged. */
    @WithDefault("4")
    int workers();

    /** Questions that may wait for a worker; past that the asker gets a "busy" note. */
    @WithDefault("64")
    int queueCapacity();

    /**
     * The ids of the channels to answer in ({@code C0123…}); elsewhere a question gets a note saying where to ask.
     * Unset: every channel the bot is a member of.
     */
    Optional<Set<String>> channels();

    /** Whether direct messages to the bot are answered; when off they get the note saying where to ask. */
    @WithDefault("true")
    boolean directMessages();

    /**
     * The least text a streamed answer (LLM generator) sends in one {@code chat.appendStream}: each piece is one Web
     * API call, and Slack rate-limits them.
     */
    @WithDefault("200")
    int streamChunkChars();
}
