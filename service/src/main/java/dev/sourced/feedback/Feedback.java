package dev.sourced.feedback;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A stored vote: a {@link Click} with the id it is listed and deleted by and the time of the latest click. This is
 * both the line format of the store and the item of {@code GET /api/feedback}.
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
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    static Feedback of(String id, Instant at, Click click) {
        return new Feedback(
                id,
                at,
                click.vote(),
                click.question(),
                click.rewrittenQuestion(),
                click.answer(),
                click.citations(),
                click.generator(),
                click.channelType(),
                click.channel(),
                click.messageTs(),
                click.user());
    }

    /** Whether this is the same person's vote on the same answer as {@code click}. */
    boolean sameVoterAndAnswer(Click click) {
        return user.equals(click.user()) && channel.equals(click.channel()) && messageTs.equals(click.messageTs());
    }
}
