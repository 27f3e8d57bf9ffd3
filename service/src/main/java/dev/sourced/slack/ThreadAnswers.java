package dev.sourced.slack;

import com.slack.api.methods.MethodsClient;
import dev.sourced.answer.Question;
import dev.sourced.slack.delivery.ReplyTo;

/**
 * Answers a question into a Slack thread. Two ways: {@link PostedAnswers} posts the whole reply at once (the
 * extractive generator writes it in one go), {@link StreamedAnswers} streams it as a language model writes it.
 *
 * <p>Contract: blocking, on the caller's thread; a failure to answer throws (the caller posts the apology), a failure
 * to post is logged and swallowed, since there is nobody else to tell.
 */
interface ThreadAnswers {
    /**
     * @param question the question to answer: the message as asked, or rewritten to stand on its own
     * @param asked what was asked and answered, shown above the answer when rewritten and carried by the feedback
     *     buttons
     */
    void answer(MethodsClient client, ReplyTo to, Question question, Asked asked);
}
