package dev.sourced.slack.thread;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Reads a thread back from Slack ({@code conversations.replies}) as the exchanges before a message: each message of
 * the bot's paired with the person's message just before it, the question it answered. The thread is Slack's, read
 * when a message arrives, so nothing is lost when the service restarts. Other bots' messages and people's messages
 * that no answer followed are left out. Thread-safe.
 */
public final class ThreadReader {
    /** Slack's largest page; a longer thread is read page by page, up to {@link #MAX_PAGES}. */
    private static final int PAGE = 1000;

    private static final int MAX_PAGES = 5;
    private static final Logger LOG = Logger.getLogger(ThreadReader.class);

    private final String answerBlockType;

    /** @param answerBlockType the type of the block every answer of the bot's carries and no note does */
    public ThreadReader(String answerBlockType) {
        this.answerBlockType = answerBlockType;
    }

    /**
     * A question a person asked in the thread and the bot's message after it.
     *
     * @param question the person's message as Slack holds it (mentions and escapes included), or {@code null} when
     *     the bot's message follows no person's
     * @param reply the text of the bot's message as Slack holds it
     * @param answered whether the bot's message is an answer: it carries the block only answers carry (the feedback
     *     buttons), where a note (busy, an apology, where to ask) carries none
     */
    public record Exchange(String question, String reply, boolean answered) {}

    /**
     * @param threadTs the thread's root message
     * @param ts the message being answered: only the messages before it are read
     * @return the exchanges before {@code ts}, oldest first; empty when Slack refuses (a missing scope, a channel the
     *     bot cannot read), so that the caller can tell an unreadable thread from one the bot never answered in
     */
    public Optional<List<Exchange>> exchangesBefore(
            MethodsClient client, String channel, String threadTs, String ts, Bot bot) {
        List<Exchange> exchanges = new ArrayList<>();
        String question = null;
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            ConversationsRepliesResponse replies = page(client, channel, threadTs, cursor);
            if (replies == null) {
                return Optional.empty();
            }
            for (Message m : replies.getMessages() == null ? List.<Message>of() : replies.getMessages()) {
                if (ts.equals(m.getTs())) {
                    return Optional.of(exchanges);
                }
                if (bot.wrote(m)) {
                    boolean answered = m.getBlocks() != null
                            && m.getBlocks().stream().anyMatch(b -> answerBlockType.equals(b.getType()));
                    exchanges.add(new Exchange(question, m.getText(), answered));
                    question = null;
                } else if (m.getBotId() == null && m.getSubtype() == null && m.getUser() != null) {
                    question = m.getText();
                }
            }
            cursor = replies.getResponseMetadata() == null
                    ? null
                    : replies.getResponseMetadata().getNextCursor();
            if (!replies.isHasMore() || cursor == null || cursor.isEmpty()) {
                break;
            }
        }
        return Optional.of(exchanges);
    }

    private static ConversationsRepliesResponse page(
            MethodsClient client, String channel, String threadTs, String cursor) {
        try {
            ConversationsRepliesResponse replies = client.conversationsReplies(
                    r -> r.channel(channel).ts(threadTs).limit(PAGE).cursor(cursor));
            if (!replies.isOk()) {
                LOG.warnf("conversations.replies was refused: %s", replies.getError());
                return null;
            }
            return replies;
        } catch (Exception e) {
            LOG.warnf("conversations.replies failed: %s", e.getClass().getSimpleName());
            return null;
        }
    }
}
