package dev.sourced.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.sourced.feedback.Feedback;
import dev.sourced.feedback.FeedbackConfig;
import dev.sourced.feedback.FeedbackStore;
import dev.sourced.feedback.UserHash;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A click on an answer's 👍/👎 ({@link FeedbackButtons}): the vote is stored, durably, before Slack is acknowledged,
 * so an acknowledged vote is never lost; a store that cannot write gets Slack an error, which shows the person that
 * the click did not count. The clicking user is kept only as a salted hash. A singleton, so that a missing salt stops
 * the start of a service with Slack on rather than its first click.
 */
@Singleton
public class FeedbackClickHandler implements BlockActionHandler {
    private static final Logger LOG = Logger.getLogger(FeedbackClickHandler.class);

    private final FeedbackStore store;
    private final Optional<UserHash> users;
    private final MeterRegistry registry;

    public FeedbackClickHandler(FeedbackStore store, FeedbackConfig config, MeterRegistry registry) {
        this.store = store;
        this.users = UserHash.of(config.userSalt());
        this.registry = registry;
    }

    /** This handler, once it is sure it can pseudonymise voters; called where Slack is switched on. */
    FeedbackClickHandler requireSalt() {
        if (users.isEmpty()) {
            throw new IllegalStateException("sourced.feedback.user-salt (SOURCED_FEEDBACK_USER_SALT) is required when"
                    + " Slack is on: it keys the hash that stands for the people who vote on answers");
        }
        return this;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Optional<FeedbackButtons.Reference> reference = payload.getActions() == null
                ? Optional.empty()
                : payload.getActions().stream()
                        .filter(a -> FeedbackButtons.ACTION_ID.equals(a.getActionId()))
                        .findFirst()
                        .flatMap(a -> FeedbackButtons.read(a.getValue()));
        BlockActionPayload.Container container = payload.getContainer();
        if (reference.isEmpty()
                || container == null
                || container.getChannelId() == null
                || container.getMessageTs() == null
                || payload.getUser() == null
                || payload.getUser().getId() == null) {
            LOG.info("a feedback click that does not name its answer or voter was refused");
            return Response.error(400);
        }
        FeedbackButtons.Reference ref = reference.get();
        Feedback vote = new Feedback(
                null,
                null,
                ref.vote(),
                ref.question(),
                ref.rewritten(),
                answerText(payload.getMessage()),
                ref.citations(),
                ref.generator(),
                channelType(container.getChannelId(), payload.getChannel()),
                container.getChannelId(),
                container.getMessageTs(),
                users.orElseThrow().of(team(payload), payload.getUser().getId()));
        try {
            store.record(vote);
        } catch (UncheckedIOException e) {
            LOG.errorf(
                    "a vote on an answer could not be stored: %s", e.getCause().getMessage());
            return Response.error(503);
        }
        registry.counter("sourced.feedback.votes", "vote", ref.vote().word(), "generator", ref.generator())
                .increment();
        return ctx.ack();
    }

    private static String team(BlockActionPayload payload) {
        if (payload.getUser().getTeamId() != null) {
            return payload.getUser().getTeamId();
        }
        return payload.getTeam() == null ? null : payload.getTeam().getId();
    }

    /**
     * The answer as the person saw it: the answer block's text, else the message's text (a streamed answer has no
     * answer block), with Slack's entity escapes undone.
     */
    static String answerText(Message message) {
        if (message == null) {
            return "";
        }
        String text = message.getText();
        if (message.getBlocks() != null) {
            for (LayoutBlock block : message.getBlocks()) {
                if (block instanceof SectionBlock section
                        && SlackReplyFormat.ANSWER_BLOCK.equals(section.getBlockId())) {
                    if (section.getText() instanceof MarkdownTextObject answer) {
                        text = answer.getText();
                    }
                    break;
                }
            }
        }
        return text == null ? "" : SlackReplyFormat.unescape(text);
    }

    /**
     * {@code im}, {@code mpim} or {@code channel}: a click says only the conversation's id and name. Direct messages'
     * ids start with D and group DMs are named {@code mpdm-…}; public and private channels are alike here.
     */
    static String channelType(String channelId, BlockActionPayload.Channel channel) {
        if (channelId.startsWith("D")) {
            return "im";
        }
        if (channel != null && channel.getName() != null && channel.getName().startsWith("mpdm-")) {
            return "mpim";
        }
        return "channel";
    }
}
