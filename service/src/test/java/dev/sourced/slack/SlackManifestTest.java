package dev.sourced.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code deployment/slack/manifest.yaml} declares exactly what the app registers: a bot event subscription and scope
 * for each event type {@link SlackApp#eventTypes()} handles, each slash command of {@link SlackApp#commands()},
 * interactivity on when the app handles clicks ({@link SlackApp#blockActions()}), and URLs that are the endpoints of
 * {@link SlackResource}.
 *
 * <p>Adding a handler for a new event type: register it in {@link SlackApp} (through {@code on(…)}, which records its
 * type), add one line to {@link #NEEDS} with the bot events it needs subscribed and their scopes (Slack's reference
 * for the event names them), and the same entries to the manifest. Subscribing an existing type in more places (say
 * {@code message} in channels as well as DMs) is a change to that type's line. Scopes that no event brings but a Web
 * API method needs go in {@link #METHOD_SCOPES}. This test fails until the manifest and these lines agree.
 */
@QuarkusTest
@TestProfile(SlackProfile.class)
class SlackManifestTest {
    private static final java.nio.file.Path MANIFEST =
            java.nio.file.Path.of("..", "deployment", "slack", "manifest.yaml");
    /** The host the manifest names for the service; whoever installs the app replaces it (docs/slack.md). */
    private static final String PLACEHOLDER_HOST = "sourced.example.com";

    /** What Slack must send: the bot events to subscribe to and the scopes they need. */
    record Needs(Set<String> botEvents, Set<String> scopes) {}

    /** One line per event type the app handles. */
    static final Map<String, Needs> NEEDS = Map.of(
            "app_mention",
            new Needs(Set.of("app_mention"), Set.of("app_mentions:read")),
            // Direct messages and follow-ups in channel threads; edits, deletions and bots' posts arrive as subtypes
            // of the same subscriptions. The history scopes also let the app read a thread back.
            "message",
            new Needs(
                    Set.of("message.im", "message.channels", "message.groups"),
                    Set.of("im:history", "channels:history", "groups:history")),
            // The assistant container; its status, prompts and titles are set with the same scope.
            "assistant_thread_started",
            new Needs(Set.of("assistant_thread_started"), Set.of("assistant:write")));

    /** Scopes the Web API methods the app calls need: chat.postMessage posts every answer. */
    static final Set<String> METHOD_SCOPES = Set.of("chat:write");

    /** The scope every slash command needs. */
    static final String COMMANDS_SCOPE = "commands";

    private static JsonNode manifest;

    @Inject
    SlackApp slack;

    @BeforeAll
    static void read() throws IOException {
        manifest = new ObjectMapper(new YAMLFactory()).readTree(MANIFEST.toFile());
    }

    private static Set<String> texts(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(JsonNode::asText)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The path of one of SlackResource's POST endpoints, from its JAX-RS annotations. */
    private static String endpoint(String method) {
        Method m = Arrays.stream(SlackResource.class.getDeclaredMethods())
                .filter(d -> d.getName().equals(method) && d.isAnnotationPresent(POST.class))
                .findFirst()
                .orElseThrow(() -> new AssertionError("SlackResource has no POST method " + method));
        return SlackResource.class.getAnnotation(Path.class).value() + "/"
                + m.getAnnotation(Path.class).value();
    }

    private static void assertServiceUrl(String expectedPath, String url, String what) {
        URI uri = URI.create(url);
        assertEquals("https", uri.getScheme(), what + ": Slack calls only https addresses");
        assertEquals(PLACEHOLDER_HOST, uri.getHost(), what);
        assertEquals(expectedPath, uri.getPath(), what);
    }

    @Test
    void everyHandledEventTypeHasItsLineAndNoLineIsStale() {
        assertFalse(slack.eventTypes().isEmpty(), "the Slack profile builds the app");
        assertEquals(
                new TreeSet<>(NEEDS.keySet()),
                new TreeSet<>(slack.eventTypes()),
                "each event type SlackApp handles needs its line in NEEDS, and only those");
    }

    @Test
    void theManifestSubscribesToEveryEventTheHandlersNeedAndNoOther() {
        Set<String> needed = NEEDS.values().stream()
                .flatMap(n -> n.botEvents().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        JsonNode subscriptions = manifest.path("settings").path("event_subscriptions");
        assertEquals(needed, texts(subscriptions.path("bot_events")));
        assertServiceUrl(endpoint("events"), subscriptions.path("request_url").asText(), "the events URL");
    }

    @Test
    void theManifestAsksForEveryScopeTheAppNeedsAndNoOther() {
        Set<String> needed = new TreeSet<>(METHOD_SCOPES);
        NEEDS.values().forEach(n -> needed.addAll(n.scopes()));
        if (!slack.commands().isEmpty()) {
            needed.add(COMMANDS_SCOPE);
        }
        assertEquals(needed, texts(manifest.path("oauth_config").path("scopes").path("bot")));
    }

    @Test
    void theManifestDeclaresEachSlashCommandAtTheCommandsEndpoint() {
        JsonNode declared = manifest.path("features").path("slash_commands");
        Set<String> names = new TreeSet<>();
        for (JsonNode command : declared) {
            names.add(command.path("command").asText());
            assertServiceUrl(
                    endpoint("commands"),
                    command.path("url").asText(),
                    command.path("command").asText());
            assertFalse(command.path("description").asText().isBlank(), "Slack requires a description");
        }
        assertEquals(new TreeSet<>(slack.commands()), names);
    }

    @Test
    void interactivityIsOnAtTheInteractivityEndpointExactlyWhenTheAppHandlesClicks() {
        JsonNode interactivity = manifest.path("settings").path("interactivity");
        if (slack.blockActions().isEmpty()) {
            assertFalse(interactivity.path("is_enabled").asBoolean(), "nothing to click");
            assertTrue(interactivity.path("request_url").isMissingNode(), "no URL while interactivity is off");
        } else {
            assertTrue(
                    interactivity.path("is_enabled").asBoolean(),
                    "Slack sends the clicks on " + slack.blockActions() + " only with interactivity on");
            assertServiceUrl(
                    endpoint("interactivity"), interactivity.path("request_url").asText(), "the interactivity URL");
        }
    }
}
