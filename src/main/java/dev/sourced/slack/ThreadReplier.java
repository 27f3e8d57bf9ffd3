package dev.sourced.slack;

import com.slack.api.methods.MethodsClient;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Asker;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Answers a question asked in Slack and posts the reply into the asking message's thread, on a bounded worker pool
 * so that the event is acknowledged within Slack's three seconds. A failure posts a short apology, never a trace.
 */
public final class ThreadReplier {
    private static final Logger LOG = Logger.getLogger(ThreadReplier.class);
    private static final int PASSAGES = 5;

    private final Asker asker;
    private final ExecutorService workers;

    public ThreadReplier(Asker asker, ExecutorService workers) {
        this.asker = asker;
        this.workers = workers;
    }

    /** Queues the answer; returns at once. */
    public void replyLater(MethodsClient client, String channel, String threadTs, String question) {
        try {
            workers.execute(() -> reply(client, channel, threadTs, question));
        } catch (RejectedExecutionException e) {
            LOG.warn("Slack question rejected: the answer queue is full");
            post(client, channel, threadTs, SlackReplyFormat.BUSY, null);
        }
    }

    private void reply(MethodsClient client, String channel, String threadTs, String question) {
        Answer answer;
        try {
            answer = asker.ask(question, PASSAGES);
        } catch (RuntimeException e) {
            LOG.warnf("answering a Slack question failed: %s", e.getClass().getSimpleName());
            post(client, channel, threadTs, SlackReplyFormat.APOLOGY, null);
            return;
        }
        post(client, channel, threadTs, SlackReplyFormat.text(answer), answer);
    }

    private static void post(MethodsClient client, String channel, String threadTs, String text, Answer answer) {
        try {
            var response = client.chatPostMessage(r -> {
                r.channel(channel).threadTs(threadTs).text(text);
                if (answer != null) {
                    r.blocks(SlackReplyFormat.blocks(answer));
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
