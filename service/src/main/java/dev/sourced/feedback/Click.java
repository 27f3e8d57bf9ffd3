package dev.sourced.feedback;

import java.util.List;
import java.util.Objects;

/**
 * One person's vote on one answer, as a surface hands it to the store.
 *
 * @param question what the person asked
 * @param rewrittenQuestion the standalone question retrieval was given (a follow-up resolved against its thread);
 *     equal to {@code question} when nothing was resolved
 * @param answer the answer text the person saw
 * @param generator the generator that wrote the answer ({@code extractive}, {@code llm})
 * @param channelType where it was asked: {@code im}, {@code mpim} or {@code channel}
 * @param channel the conversation the answer is in, and {@code messageTs} the answer's message: together they name
 *     the answer, so that a second vote on it by the same person replaces the first
 * @param user the voter as a salted hash ({@link UserHash}), never the platform's id
 */
public record Click(
        Vote vote,
        String question,
        String rewrittenQuestion,
        String answer,
        List<Passage> citations,
        String generator,
        String channelType,
        String channel,
        String messageTs,
        String user) {
    public Click {
        Objects.requireNonNull(vote, "vote");
        Objects.requireNonNull(question, "question");
        rewrittenQuestion = rewrittenQuestion == null ? question : rewrittenQuestion;
        answer = answer == null ? "" : answer;
        citations = citations == null ? List.of() : List.copyOf(citations);
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(messageTs, "messageTs");
        Objects.requireNonNull(user, "user");
    }
}
