package dev.sourced.feedback;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One person's vote on one answer: the line format of the store and the item of {@code GET /api/feedback}. A surface
 * hands the store a vote without {@code id} and {@code at}, which the store gives it.
 *
 * @param id what the vote is listed and deleted by; {@code null} until stored
 * @param at the time of the latest click; {@code null} until stored
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
@JsonIgnoreProperties(ignoreUnknown = true)
public record Feedback(
        String id,
        Instant at,
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
    public Feedback {
        Objects.requireNonNull(vote, "vote");
        Objects.requireNonNull(question, "question");
        rewrittenQuestion = rewrittenQuestion == null ? question : rewrittenQuestion;
        answer = answer == null ? "" : answer;
        citations = citations == null ? List.of() : List.copyOf(citations);
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(messageTs, "messageTs");
        Objects.requireNonNull(user, "user");
    }

    /** A vote as the store keeps it. */
    Feedback stored(String storedId, Instant storedAt) {
        return new Feedback(
                storedId,
                storedAt,
                vote,
                question,
                rewrittenQuestion,
                answer,
                citations,
                generator,
                channelType,
                channel,
                messageTs,
                user);
    }

    /** Whether this is the same person's vote on the same answer as {@code other}. */
    boolean sameVoterAndAnswer(Feedback other) {
        return user.equals(other.user) && channel.equals(other.channel) && messageTs.equals(other.messageTs);
    }
}
