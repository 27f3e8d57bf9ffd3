package dev.sourced.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourced.testing.MovableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChannelPolicyTest {
    private static final Optional<Set<String>> EVERY_CHANNEL = Optional.empty();
    private static final Optional<Set<String>> TWO = Optional.of(Set.of("C2", "C1"));

    static Stream<Arguments> places() {
        return Stream.of(
                // allow-list, direct messages on, conversation, is it a DM, answered?
                Arguments.of(EVERY_CHANNEL, true, "C9", false, true),
                Arguments.of(EVERY_CHANNEL, true, "D1", true, true),
                Arguments.of(EVERY_CHANNEL, false, "C9", false, true),
                Arguments.of(EVERY_CHANNEL, false, "D1", true, false),
                Arguments.of(TWO, true, "C1", false, true),
                Arguments.of(TWO, true, "C2", false, true),
                Arguments.of(TWO, true, "C9", false, false),
                Arguments.of(TWO, true, "D1", true, true),
                Arguments.of(TWO, false, "D1", true, false),
                Arguments.of(TWO, false, "C1", false, true),
                // A DM's id on the allow-list does not switch direct messages back on.
                Arguments.of(Optional.of(Set.of("D1")), false, "D1", true, false));
    }

    @ParameterizedTest
    @MethodSource("places")
    void answersOnlyWhereAllowed(
            Optional<Set<String>> channels, boolean directMessages, String channel, boolean direct, boolean answered) {
        ChannelPolicy policy = new ChannelPolicy(channels, directMessages, new MovableClock());
        assertEquals(answered, policy.allows(channel, direct));
        assertEquals(
                answered ? ChannelPolicy.Reply.ANSWER : ChannelPolicy.Reply.NOTE, policy.onQuestion(channel, direct));
    }

    static Stream<Arguments> notes() {
        return Stream.of(
                Arguments.of(
                        EVERY_CHANNEL,
                        false,
                        "I answer questions in the channels I am in, not in direct messages: mention me in one of"
                                + " them."),
                Arguments.of(
                        TWO,
                        true,
                        "I answer questions only in <#C1>, <#C2> and in direct messages. Please ask me" + " there."),
                Arguments.of(TWO, false, "I answer questions only in <#C1> and <#C2>. Please ask me there."),
                Arguments.of(
                        Optional.of(Set.of("C3", "C1", "C2")),
                        false,
                        "I answer questions only in <#C1>, <#C2> and <#C3>. Please ask me there."),
                Arguments.of(
                        Optional.of(Set.of("C1")), false, "I answer questions only in <#C1>. Please ask me there."));
    }

    @ParameterizedTest
    @MethodSource("notes")
    void theNoteSaysWhereToAsk(Optional<Set<String>> channels, boolean directMessages, String note) {
        assertEquals(note, new ChannelPolicy(channels, directMessages, new MovableClock()).note());
    }

    @Test
    void aChannelIsToldWhereToAskOnceADay() {
        MovableClock clock = new MovableClock();
        ChannelPolicy policy = new ChannelPolicy(TWO, false, clock);
        record Step(Duration after, String channel, boolean direct, ChannelPolicy.Reply reply) {}
        List<Step> steps = List.of(
                new Step(Duration.ZERO, "C9", false, ChannelPolicy.Reply.NOTE),
                new Step(Duration.ofMinutes(1), "C9", false, ChannelPolicy.Reply.NOTHING),
                new Step(Duration.ZERO, "C8", false, ChannelPolicy.Reply.NOTE),
                new Step(Duration.ZERO, "D1", true, ChannelPolicy.Reply.NOTE),
                new Step(Duration.ZERO, "D1", true, ChannelPolicy.Reply.NOTHING),
                new Step(Duration.ZERO, "C1", false, ChannelPolicy.Reply.ANSWER),
                new Step(Duration.ofHours(23), "C9", false, ChannelPolicy.Reply.NOTHING),
                new Step(Duration.ofMinutes(58), "C9", false, ChannelPolicy.Reply.NOTHING),
                new Step(Duration.ofMinutes(1), "C9", false, ChannelPolicy.Reply.NOTE),
                new Step(Duration.ZERO, "C9", false, ChannelPolicy.Reply.NOTHING),
                // C8 was told a minute after C9.
                new Step(Duration.ZERO, "C8", false, ChannelPolicy.Reply.NOTHING),
                new Step(Duration.ofMinutes(1), "C8", false, ChannelPolicy.Reply.NOTE),
                new Step(Duration.ZERO, "C1", false, ChannelPolicy.Reply.ANSWER));
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            clock.advance(step.after());
            assertEquals(step.reply(), policy.onQuestion(step.channel(), step.direct()), "step " + i + ": " + step);
        }
    }
}
