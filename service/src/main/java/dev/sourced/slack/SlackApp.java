package dev.sourced.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.sourced.answer.AnswerGenerator;
import dev.sourced.answer.Asker;
import dev.sourced.answer.LlmAnswerGenerator;
import dev.sourced.index.ArticleCatalog;
import dev.sourced.slack.assistant.AssistantThreads;
import dev.sourced.slack.assistant.SuggestedPrompts;
import dev.sourced.slack.thread.ThreadReader;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * The Bolt app with one handler per Slack feature, built when a signing secret is configured. Bolt verifies request
 * signatures and timestamps, answers URL verification and ignores this bot's own events; the handlers acknowledge
 * at once and answer on a bounded pool. The assistant container's threads go to Bolt's assistant middleware
 * ({@link AssistantThreads}), mentions to {@link AppMentionHandler}, direct messages and follow-ups in channel
 * threads to {@link MessageEventHandler}. With an app-level token the same app also runs over Socket Mode.
 */
@ApplicationScoped
public class SlackApp {
    private static final Logger LOG = Logger.getLogger(SlackApp.class);

    private final Optional<App> app;
    private final ManagedExecutor workers;
    private final Optional<String> appToken;
    private final Set<String> eventTypes = new TreeSet<>();
    private final Set<String> commands = new TreeSet<>();
    private final Set<String> blockActions = new TreeSet<>();
    private SocketModeApp socketMode;

    public SlackApp(
            SlackConfig config,
            Asker asker,
            AnswerGenerator generator,
            ArticleCatalog catalog,
            Clock clock,
            FeedbackClickHandler feedback) {
        // Bounded, unlike the container's shared executor: past the queue a question is turned away with a note.
        this.workers = ManagedExecutor.builder()
                .maxAsync(config.workers())
                .maxQueued(config.queueCapacity())
                .propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING)
                .build();
        this.appToken = config.appToken().filter(t -> !t.isBlank());
        this.app = config.signingSecret()
                .filter(s -> !s.isBlank())
                .map(secret -> build(
                        config,
                        secret,
                        asker,
                        answers(config, asker, generator),
                        new SuggestedPrompts(catalog),
                        clock,
                        feedback));
    }

    /** The Bolt app, or empty when Slack is not configured. */
    public Optional<App> app() {
        return app;
    }

    /**
     * The Events API types the app has handlers for ({@code app_mention}, {@code message}, …), empty when Slack is not
     * configured. {@code deployment/slack/manifest.yaml} must subscribe to them: SlackManifestTest checks it against
     * this list. A handler registered through middleware rather than {@link #on} adds its types here itself.
     */
    public Set<String> eventTypes() {
        return Collections.unmodifiableSet(eventTypes);
    }

    /** The slash commands the app answers ({@code /ask}), which the manifest must declare. */
    public Set<String> commands() {
        return Collections.unmodifiableSet(commands);
    }

    /**
     * The action ids of the interactive elements the app handles ({@code answer_feedback}): Slack sends their clicks
     * only when the manifest switches interactivity on.
     */
    public Set<String> blockActions() {
        return Collections.unmodifiableSet(blockActions);
    }

    /** A language model's answer is streamed as it is written; the extractive answer is posted whole. */
    private static ThreadAnswers answers(SlackConfig config, Asker asker, AnswerGenerator generator) {
        return LlmAnswerGenerator.NAME.equals(generator.name())
                ? new StreamedAnswers(asker, config.streamChunkChars())
                : new PostedAnswers(asker);
    }

    private App build(
            SlackConfig config,
            String secret,
            Asker asker,
            ThreadAnswers answers,
            SuggestedPrompts prompts,
            Clock clock,
            FeedbackClickHandler feedback) {
        String token = config.botToken()
                .filter(t -> !t.isBlank())
                .orElseThrow(
                        () -> new IllegalStateException(
                                "sourced.slack.bot-token (SOURCED_SLACK_BOT_TOKEN) is required when a Slack signing secret is set"));
        com.slack.api.SlackConfig sdk = new com.slack.api.SlackConfig();
        sdk.setMethodsEndpointUrlPrefix(config.apiUrl().endsWith("/") ? config.apiUrl() : config.apiUrl() + "/");
        App bolt = new App(AppConfig.builder()
                .signingSecret(secret)
                .singleTeamBotToken(token)
                .slack(Slack.getInstance(sdk))
                .build());
        SlackEventGate gate = new SlackEventGate(new RecentEvents());
        ChannelPolicy policy = new ChannelPolicy(config.channels(), config.directMessages(), clock);
        ThreadReplier replier =
                new ThreadReplier(answers, new ThreadReader(FeedbackButtons.BLOCK_TYPE), policy, workers);
        bolt.assistant(AssistantThreads.middleware(prompts, new AssistantQuestionHandler(gate, replier), workers));
        eventTypes.addAll(AssistantThreads.EVENT_TYPES);
        on(bolt, AppMentionEvent.class, new AppMentionHandler(gate, replier));
        on(bolt, MessageEvent.class, new MessageEventHandler(gate, replier));
        // Edits, deletions and other bots' posts are acknowledged and left alone.
        on(bolt, MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
        on(bolt, MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
        on(bolt, MessageBotEvent.class, (payload, ctx) -> ctx.ack());
        command(bolt, "/ask", new AskSlashCommandHandler(asker, policy, workers));
        blockAction(bolt, FeedbackButtons.ACTION_ID, feedback.requireSalt());
        return bolt;
    }

    /** Registers an event handler with Bolt and notes its event type for {@link #eventTypes()}. */
    private <E extends Event> void on(App bolt, Class<E> type, BoltEventHandler<E> handler) {
        bolt.event(type, handler);
        try {
            // Every event class of the SDK's model names its type in this constant.
            eventTypes.add((String) type.getField("TYPE_NAME").get(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + " names no Slack event type", e);
        }
    }

    private void command(App bolt, String name, SlashCommandHandler handler) {
        bolt.command(name, handler);
        commands.add(name);
    }

    private void blockAction(App bolt, String actionId, BlockActionHandler handler) {
        bolt.blockAction(actionId, handler);
        blockActions.add(actionId);
    }

    void onStart(@Observes StartupEvent event) throws Exception {
        if (app.isPresent() && appToken.isPresent()) {
            socketMode = new SocketModeApp(appToken.get(), app.get(), SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
            LOG.info("Slack Socket Mode connected");
        }
    }

    void onStop(@Observes ShutdownEvent event) throws Exception {
        if (socketMode != null) {
            SocketModeClient client = socketMode.getClient();
            socketMode.close();
            // SocketModeApp leaves its client's message and session-monitor threads running; closing the client ends
            // them, which matters where the application is restarted in one JVM (tests, dev mode).
            if (client != null) {
                client.close();
            }
        }
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }
}
