package dev.sourced.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Asker;
import dev.sourced.answer.Question;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * {@code /ask question}: acknowledged at once with an ephemeral "looking it up", then answered visibly in the channel
 * through the command's {@code response_url}. Empty text gets a usage hint; a channel where Sourced does not answer
 * gets an ephemeral note saying where to ask (only the asker sees it, so every time).
 */
final class AskSlashCommandHandler implements SlashCommandHandler {
    static final String LOOKING = "Looking it up…";
    static final String USAGE =
            "Ask a question about the articles, for example: /ask Who is China's ambassador to the UN?";
    /** The channel name Slack gives a slash command typed in a direct message with the bot. */
    private static final String DIRECT_MESSAGE = "directmessage";

    private static final Logger LOG = Logger.getLogger(AskSlashCommandHandler.class);

    private final Asker asker;
    private final ChannelPolicy policy;
    private final ExecutorService workers;

    AskSlashCommandHandler(Asker asker, ChannelPolicy policy, ExecutorService workers) {
        this.asker = asker;
        this.policy = policy;
        this.workers = workers;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        if (!policy.allows(payload.getChannelId(), DIRECT_MESSAGE.equals(payload.getChannelName()))) {
            return ctx.ack(r -> r.responseType("ephemeral").text(policy.note()));
        }
        Optional<Question> question = MentionText.question(payload.getText());
        if (question.isEmpty()) {
            return ctx.ack(r -> r.responseType("ephemeral").text(USAGE));
        }
        try {
            workers.execute(() -> answer(ctx, question.get()));
        } catch (RejectedExecutionException e) {
            return ctx.ack(r -> r.responseType("ephemeral").text(SlackReplyFormat.BUSY));
        }
        return ctx.ack(r -> r.responseType("ephemeral").text(LOOKING));
    }

    private void answer(SlashCommandContext ctx, Question question) {
        try {
            Answer answer = asker.ask(question);
            Asked asked = new Asked(question.text(), null);
            ctx.respond(r -> r.responseType("in_channel")
                    .text(SlackReplyFormat.text(answer, asked))
                    .blocks(SlackReplyFormat.blocks(answer, asked)));
        } catch (Exception e) {
            LOG.warnf("answering /ask failed: %s", e.getClass().getSimpleName());
            try {
                ctx.respond(r -> r.responseType("ephemeral").text(SlackReplyFormat.APOLOGY));
            } catch (Exception again) {
                LOG.warnf(
                        "the /ask apology could not be posted: %s",
                        again.getClass().getSimpleName());
            }
        }
    }
}
