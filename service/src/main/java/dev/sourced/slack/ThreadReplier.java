package dev.sourced.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Asker;
import dev.sourced.answer.Question;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Answers a question asked in a Slack message and posts the reply into that message's thread, on a bounded worker
 * pool so that the event is acknowledged within Slack's three seconds. A failure posts a short apology, never a
 * trace.
 */
final class ThreadReplier {
    private static final Logger LOG = Logger.getLogger(ThreadReplier.class);

    private final Asker asker;
    private final ExecutorService workers;

    ThreadReplier(Asker asker, ExecutorService workers) {
        this.asker = asker;
        this.workers = workers;
    }

    /**
     * Queues the answer to a message and returns at once; a message with no question left once mentions are removed
     * gets no reply.
     *
     * @param threadTs the thread the message is in, or {@code null} when it starts one at {@code ts}
     */
    void replyLater(MethodsClient client, String channel, String ts, String threadTs, String text) {
        Optional<Question> question = MentionText.question(text);
        if (question.isEmpty()) {
            return;
        }
        String thread = threadTs != null ? threadTs : ts;
        try {
            workers.execute(() -> reply(client, channel, thread, question.get()));
        } catch (RejectedExecutionException e) {
            LOG.warn("Slack question rejected: the answer queue is full");
            post(client, channel, thread, SlackReplyFormat.BUSY, null);
        }
    }

    /**
     * Like {@link #replyLater} where {@code policy} allows answering; elsewhere queues the policy's note saying where
     * to ask, when the conversation has not had it in the past day.
     *
     * @param direct whether the message is a direct message to the bot
     */
    void replyWhereAllowed(
            ChannelPolicy policy,
            boolean direct,
            MethodsClient client,
            String channel,
            String ts,
            String threadTs,
            String text) {
        switch (policy.onQuestion(channel, direct)) {
            case ANSWER -> replyLater(client, channel, ts, threadTs, text);
            case NOTE -> noteLater(client, channel, threadTs != null ? threadTs : ts, policy.note());
            case NOTHING -> {}
        }
    }

    /** A note answers nothing: when the queue is full it is dropped. */
    private void noteLater(MethodsClient client, String channel, String thread, String note) {
        try {
            workers.execute(() -> post(client, channel, thread, note, null));
        } catch (RejectedExecutionException e) {
            LOG.warn("Slack note dropped: the answer queue is full");
        }
    }

    private void reply(MethodsClient client, String channel, String thread, Question question) {
        Answer answer;
        try {
            answer = asker.ask(question);
        } catch (RuntimeException e) {
            LOG.warnf("answering a Slack question failed: %s", e.getClass().getSimpleName());
            post(client, channel, thread, SlackReplyFormat.APOLOGY, null);
            return;
        }
        post(
                client,
                channel,
                thread,
                SlackReplyFormat.text(answer),
                SlackReplyFormat.blocks(answer, Asked.as(question)));
    }

    /** @param blocks the answer's blocks, or {@code null} for a one-line note */
    private static void post(
            MethodsClient client, String channel, String thread, String text, List<LayoutBlock> blocks) {
        try {
            var response = client.chatPostMessage(r -> {
                r.channel(channel).threadTs(thread).text(text);
                if (blocks != null) {
                    r.blocks(blocks);
                }
                return r;
            });
            if (!response.isOk()) {
                LOG.warnf("chat.postMessage was refused: %s", response.getError());
            }
        } catch (Exception e) {
            LOG.warnf("chat.postMessage failed: %s", e.getClass().getSimpleName());
        }
    }
}
