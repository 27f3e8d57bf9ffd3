package dev.sourced.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.Message;
import com.slack.api.model.block.ContextActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.FeedbackButtonsElement;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Citation;
import dev.sourced.feedback.FeedbackConfig;
import dev.sourced.feedback.Passage;
import dev.sourced.feedback.Vote;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackButtonsTest {
    private static Citation citation(int n, String article) {
        String text = "Zhang Jun said so.";
        return new Citation(n, article, "Title", article + "#0", text, 100 * n, 100 * n + text.length(), 1);
    }

    private static Answer answer(int citations) {
        List<Citation> cited = IntStream.rangeClosed(1, citations)
                .mapToObj(n -> citation(n, "article_" + "x".repeat(100) + "_" + n))
                .toList();
        return new Answer("Zhang Jun [1]", true, cited, "llm", null);
    }

    static Stream<Arguments> references() {
        return Stream.of(
                Arguments.of(new Asked("Who is China's UN ambassador?", null), 1, Vote.DOWN),
                Arguments.of(new Asked("and who said that?", "Who said China would evacuate citizens?"), 3, Vote.UP),
                Arguments.of(new Asked("Quotes \" and \\ and émoji 🦆 & <b>", null), 0, Vote.DOWN),
                Arguments.of(new Asked("q".repeat(1000), "r".repeat(1000)), 2, Vote.DOWN),
                Arguments.of(new Asked("\"".repeat(1000), "\\".repeat(1000)), 10, Vote.UP),
                Arguments.of(new Asked("Give me an overview", null), 40, Vote.DOWN));
    }

    @ParameterizedTest
    @MethodSource("references")
    void aButtonsValueFitsSlacksLimitAndReadsBackAsWhatWasAnswered(Asked asked, int citations, Vote vote) {
        Answer answer = answer(citations);
        String value = FeedbackButtons.value(vote, asked, answer);
        assertTrue(value.length() <= FeedbackButtons.MAX_VALUE_CHARS, value.length() + " characters");

        FeedbackButtons.Reference read = FeedbackButtons.read(value).orElseThrow();
        assertEquals(vote, read.vote());
        assertEquals("llm", read.generator());
        boolean fits = asked.question().length() + asked.rewritten().length() < 1500 && citations <= 10;
        if (fits) {
            assertEquals(asked.question(), read.question());
            assertEquals(asked.rewritten(), read.rewritten());
        } else {
            assertTrue(asked.question().startsWith(read.question().replace("…", "")), read.question());
        }
        List<Passage> expected = new ArrayList<>();
        for (Citation c : answer.citations().subList(0, read.citations().size())) {
            expected.add(new Passage(c.n(), c.source(), c.start(), c.end()));
        }
        assertEquals(expected, read.citations(), "the citations kept are the first ones, as they were");
        if (citations <= 10) {
            assertEquals(citations, read.citations().size(), "ten citations always fit");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "positive_feedback",
                "{}",
                "[]",
                "{\"v\":\"sideways\",\"q\":\"Who?\",\"g\":\"extractive\",\"c\":[]}",
                "{\"v\":\"up\",\"q\":\"  \",\"g\":\"extractive\",\"c\":[]}",
                "{\"v\":\"up\",\"q\":7,\"g\":\"extractive\",\"c\":[]}",
                "{\"v\":\"up\",\"q\":\"Who?\",\"g\":\"extractive\",\"c\":[[1,\"a\",5]]}",
                "{\"v\":\"up\",\"q\":\"Who?\",\"g\":\"extractive\",\"c\":[[0,\"a\",5,9]]}",
                "{\"v\":\"up\",\"q\":\"Who?\",\"g\":\"extractive\",\"c\":[[1,\"a\",9,5]]}",
                "{\"v\":\"up\",\"q\":\"Who?\",\"g\":\"extractive\",\"c\":[[1,\"\",5,9]]}",
                "{\"v\":\"up\",\"q\":\"Who?\""
            })
    void aValueThisServiceDidNotWriteIsNotAReference(String value) {
        assertEquals(Optional.empty(), FeedbackButtons.read(value));
    }

    @Test
    void everyReplyEndsWithTheButtons() {
        Answer answer = new Answer("Zhang Jun [1]", true, List.of(citation(1, "a1")), "extractive", null);
        List<LayoutBlock> blocks = SlackReplyFormat.blocks(answer, new Asked("Who?", null));
        ContextActionsBlock actions = (ContextActionsBlock) blocks.getLast();
        FeedbackButtonsElement buttons =
                (FeedbackButtonsElement) actions.getElements().getFirst();
        assertEquals(FeedbackButtons.ACTION_ID, buttons.getActionId());
        assertEquals("👍", buttons.getPositiveButton().getText().getText());
        assertEquals(
                Vote.DOWN,
                FeedbackButtons.read(buttons.getNegativeButton().getValue())
                        .orElseThrow()
                        .vote());

        Answer abstention = new Answer("The articles do not say.", false, List.of(), "extractive", null);
        assertTrue(
                SlackReplyFormat.blocks(abstention, new Asked("Who?", null)).getLast() instanceof ContextActionsBlock);
    }

    @Test
    void theAnswerAVoteIsAboutIsTheAnswerBlocksTextAsWritten() {
        Answer answer = new Answer("Tom & Jerry <said> so [1]", true, List.of(citation(1, "a1")), "extractive", null);
        Message message = new Message();
        message.setText("fallback text");
        message.setBlocks(SlackReplyFormat.blocks(answer, new Asked("Who?", null)));
        assertEquals("Tom & Jerry <said> so [1]", FeedbackClickHandler.answerText(message));

        Message streamed = new Message();
        streamed.setText("A streamed answer &amp; more");
        assertEquals("A streamed answer & more", FeedbackClickHandler.answerText(streamed));
        assertEquals("", FeedbackClickHandler.answerText(null));
    }

    @Test
    void withSlackOnButNoSaltTheServiceDoesNotStart() {
        FeedbackConfig noSalt = new FeedbackConfig() {
            @Override
            public Path dir() {
                return Path.of("unused");
            }

            @Override
            public Duration retention() {
                return Duration.ofDays(1);
            }

            @Override
            public Optional<String> userSalt() {
                return Optional.of(" ");
            }
        };
        IllegalStateException refused = assertThrows(
                IllegalStateException.class, () -> new FeedbackClickHandler(null, noSalt, null).requireSalt());
        assertTrue(refused.getMessage().contains("SOURCED_FEEDBACK_USER_SALT"), refused.getMessage());
    }

    static Stream<Arguments> channels() {
        return Stream.of(
                Arguments.of("D0123", null, "im"),
                Arguments.of("C0123", "general", "channel"),
                Arguments.of("C0456", "mpdm-ann--bob-1", "mpim"),
                Arguments.of("G0789", "mpdm-ann--bob--cy-1", "mpim"),
                Arguments.of("G0789", "secret-project", "channel"));
    }

    @ParameterizedTest
    @MethodSource("channels")
    void theChannelTypeComesFromTheConversationsIdAndName(String id, String name, String type) {
        com.slack.api.app_backend.interactive_components.payload.BlockActionPayload.Channel channel =
                new com.slack.api.app_backend.interactive_components.payload.BlockActionPayload.Channel();
        channel.setId(id);
        channel.setName(name);
        assertEquals(type, FeedbackClickHandler.channelType(id, channel));
    }
}
