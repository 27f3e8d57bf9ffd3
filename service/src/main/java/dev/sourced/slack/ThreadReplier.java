package dev.sourced.slack;

import com.slack.api.methods.MethodsClient;
import dev.sourced.answer.Question;
import dev.sourced.conversation.Turns;
import dev.sourced.slack.thread.Bot;
import dev.sourced.slack.thread.ThreadReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Answers a question asked in a Slack message and replies into that message's thread, on a bounded worker pool so
 * that the event is acknowledged within Slack's three seconds. A message in a thread is first resolved against the
 * thread, read back from Slack ({@link ThreadReader}): the questions the bot answered there and its answers make a
 * follow-up ("and in 2021?", "who said that?") a question that stands on its own ({@link Turns}), and the reply
 * shows it ({@code Answering: …}). Every way in (mentions, direct messages, thread follow-ups, assistant threads) asks
 * the {@link ChannelPolicy} here first, so that the allow-list means the same for all of them. A failure posts a
 * short apology, never a trace.
 */
final class ThreadReplier {
    private static final Logger LOG = Logger.getLogger(ThreadReplier.class);

    /** The question a reply answered, and whether it was the first the bot answered in its thread. */
    record Answered(Question question, boolean first) {}

    /**
     * What a conversation shows around a reply, on the worker that answers: the assistant container's status while the
     * question is answered and its title once it is. Called only for a question that is answered.
     */
    interface Progress {
        Progress NONE = new Progress() {};

        default void answering() {}

        default void answered(Answered answered) {}
    }

    private final ThreadAnswers answers;
    private final ThreadReader threads;
    private final ChannelPolicy policy;
    private final ExecutorService workers;

    ThreadReplier(ThreadAnswers answers, ThreadReader threads, ChannelPolicy policy, ExecutorService workers) {
        this.answers = answers;
        this.threads = threads;
        this.policy = policy;
        this.workers = workers;
    }

    /**
     * Queues the answer to a message addressed to the bot (a mention, a direct message, a message in an assistant
     * thread) and returns at once, where the policy allows answering; elsewhere queues the policy's note saying where
     * to ask, when the conversation has not had it in the past day. A message with no question left once mentions are
     * removed gets no answer; past a full queue the asker is told the bot is busy.
     *
     * @param direct whether the message is a direct message to the bot (an assistant thread is one)
     */
    void replyLater(MethodsClient client, Bot bot, SlackMessage message, boolean direct, Progress progress) {
        switch (policy.onQuestion(message.channel(), direct)) {
            case ANSWER -> {
                if (MentionText.question(message.text()).isPresent()) {
                    queue(client, message, () -> reply(client, bot, message, false, progress), true);
                }
            }
            case NOTE -> noteLater(client, message);
            case NOTHING -> {}
        }
    }

    /** A note answers nothing: when the queue is full it is dropped. */
    private void noteLater(MethodsClient client, SlackMessage message) {
        try {
            workers.execute(() -> PostedAnswers.post(client, message.replyTo(), policy.note(), null));
        } catch (RejectedExecutionException e) {
            LOG.warn("Slack note dropped: the answer queue is full");
        }
    }

    /**
     * Queues the answer to a message in a channel thread that does not mention the bot (the caller has checked that
     * it asks something): answered only where the policy allows and when the bot has answered in that thread before.
     * Not addressed to the bot, it gets no note where the bot does not answer.
     */
    void followUpLater(MethodsClient client, Bot bot, SlackMessage message) {
        if (policy.allows(message.channel(), false)) {
            // Past a full queue it stays unanswered without a note: the message may not have been for the bot at all.
            queue(client, message, () -> reply(client, bot, message, true, Progress.NONE), false);
        }
    }

    /**
     * Answers now, on a worker.
     *
     * @param onlyAfterAnAnswer answer only in a thread the bot has answered in before (a follow-up, which shows no
     *     progress)
     */
    private void reply(
            MethodsClient client, Bot bot, SlackMessage message, boolean onlyAfterAnAnswer, Progress progress) {
        Optional<Question> asked = MentionText.question(message.text());
        if (asked.isEmpty()) {
            return;
        }
        progress.answering();
        List<Turns.Turn> earlier = earlierTurns(client, bot, message);
        if (onlyAfterAnAnswer && !Turns.answered(earlier)) {
            return;
        }
        Question question = new Question(
                Turns.standalone(
                        earlier,
                        asked.get().text(),
                        t -> MentionText.question(t).map(Question::text)),
                earlier);
        try {
            answers.answer(
                    client, message.replyTo(), question, new Asked(asked.get().text(), question.text()));
        } catch (RuntimeException e) {
            LOG.warnf("answering a Slack question failed: %s", e.getClass().getSimpleName());
            PostedAnswers.post(client, message.replyTo(), SlackReplyFormat.APOLOGY, null);
        }
        progress.answered(new Answered(question, !Turns.answered(earlier)));
    }

    /** The thread's questions and answers before the message; none for a message that starts a thread. */
    private List<Turns.Turn> earlierTurns(MethodsClient client, Bot bot, SlackMessage message) {
        if (message.threadTs() == null) {
            return List.of();
        }
        return threads.exchangesBefore(client, message.channel(), message.threadTs(), message.ts(), bot)
                .map(ThreadReplier::turns)
                .orElse(List.of());
    }

    /** The exchanges as turns: the bot's notes (busy, apology, where to ask) answered nothing and are left out. */
    private static List<Turns.Turn> turns(List<ThreadReader.Exchange> exchanges) {
        List<Turns.Turn> turns = new ArrayList<>();
        for (ThreadReader.Exchange e : exchanges) {
            if (!e.answered()) {
                continue;
            }
            if (e.question() != null) {
                turns.add(Turns.Turn.asked(MentionText.stripped(e.question())));
            }
            turns.add(Turns.Turn.answered(SlackReplyFormat.answerOf(e.reply())));
        }
        return turns;
    }

    private void queue(MethodsClient client, SlackMessage message, Runnable work, boolean tellBusy) {
        try {
            workers.execute(work);
        } catch (RejectedExecutionException e) {
            LOG.warn("Slack question rejected: the answer queue is full");
            if (tellBusy) {
                PostedAnswers.post(client, message.replyTo(), SlackReplyFormat.BUSY, null);
            }
        }
    }
}
