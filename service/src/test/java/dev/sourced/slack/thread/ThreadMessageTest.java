package dev.sourced.slack.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ThreadMessageTest {
    private static final Bot BOT = new Bot("UBOT", "BBOT");

    static Stream<Arguments> messages() {
        return Stream.of(
                // Questions to no one in particular.
                Arguments.of("and in 2021?", true),
                Arguments.of("Who said that?", true),
                Arguments.of("who said that", true),
                Arguments.of("When did he say it", true),
                Arguments.of("did he go to the meeting", true),
                Arguments.of("Is Zhang Jun still ambassador", true),
                Arguments.of("what about South Korea? :thinking_face:", true),
                Arguments.of("Thanks! And what did Russia say?", true),
                Arguments.of("and how many were evacuated", true),
                Arguments.of("Tell me more about the sanctions", true),
                Arguments.of("list the countries that abstained", true),
                Arguments.of("the \"reasonable concerns\"?", true),
                Arguments.of("<@UBOT> who said that", true),
                Arguments.of("see <#C42|news>, what did China say?", true),
                // Talk between people.
                Arguments.of("thanks", false),
                Arguments.of("Thank you, that helps :+1:", false),
                Arguments.of("great 👍", false),
                Arguments.of("ok", false),
                Arguments.of("Will do, thanks", false),
                Arguments.of("Was great, thanks", false),
                Arguments.of("can't wait for the next one", false),
                Arguments.of("What a day", false),
                Arguments.of("Makes sense.", false),
                Arguments.of("tell", false),
                Arguments.of("https://example.com/a?b=1", false),
                Arguments.of("<https://example.com/a?b=1>", false),
                Arguments.of("", false),
                Arguments.of("   ", false),
                Arguments.of(null, false),
                // Addressed to someone else.
                Arguments.of("<@U2> what do you make of this?", false),
                Arguments.of("<!here> who is going to the meeting?", false),
                Arguments.of("<!channel> did anyone read this", false),
                Arguments.of("<!subteam^S1|@editors> is this right?", false));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void aMessageAsksSourcedOnlyWhenItIsAQuestionToNoOneInParticular(String text, boolean asks) {
        assertEquals(asks, ThreadMessage.asksSourced(text, BOT), String.valueOf(text));
    }
}
